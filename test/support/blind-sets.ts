// The blind sets already run, named one by one: a new blind set is run once at the end of the work it measures and is read
// by no test before then (a failing test would print its questions).
export const RUN_BLIND_SETS = ['blind-1.json', 'blind-2.json', 'blind-3.json', 'blind-4.json', 'blind-5.json', 'blind-6.json', 'blind-7.json', 'blind-8.json', 'blind-9.json', 'blind-10.json'].map(
  (f) => `blind/${f}`,
);
