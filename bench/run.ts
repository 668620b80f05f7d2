// npm run bench: performance figures, measured side by side in one run.
process.stdout.write('no benchmarks yet\n');
