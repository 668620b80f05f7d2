// One benchmark figure: a module that measures something and returns table rows and named numbers. run.ts
// runs the list of figures and merges every figure's numbers into the one JSON line.
export type Row = [string, string, string, string];

export interface FigureResult {
  rows: Row[];
  json: Record<string, number>;
  /** Extra lines printed after the table (query plans). */
  notes?: string[];
}

export interface Figure {
  name: string;
  run(quick: boolean): Promise<FigureResult>;
}
