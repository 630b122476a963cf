export interface MemoryCounters {
  heap: number;
  nodes: number;
  jsEventListeners: number;
}
export function median(xs: readonly (number | null | undefined)[]): number | null;
export function spread(xs: readonly (number | null | undefined)[]): number | null;
export function memoryLeaks(before: MemoryCounters, after: MemoryCounters, again: MemoryCounters): ('heap' | 'nodes' | 'listeners')[];
export function times(a: number | null | undefined, b: number | null | undefined): string;
