// One line of `peygir doctor`: ok, warn or fail, with what to do. Its own file, so each messenger's folder can
// write its checks without importing the doctor.
export type Verdict = 'ok' | 'warn' | 'fail';

export interface Check {
  name: string;
  verdict: Verdict;
  detail: string;
  /** What to do about a warning or a failure. */
  fix?: string;
}
