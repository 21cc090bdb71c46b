/**
 * Library-level search quality and speed, without database or HTTP:
 *
 *   node dist/tools/apps/api/src/tools/eval-search-lib.js [dataset-dir ...] [--bench N]
 *
 * For each judged dataset directory (default fixtures/eval/sample) prints nDCG@10 of queries.json overall and per
 * query kind, plus need→achievement retrieval when judgments exist; with --bench N, an engine-only benchmark on N
 * synthetic listings. The LAST line is one JSON object for scripts.
 */
import { benchSearchEngine, evaluateSearch, loadEvalDataset } from '@app/search/eval';

async function main(argv: string[]): Promise<void> {
  const dirs: string[] = [];
  let bench: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bench') bench = Number(argv[++i] ?? '30000');
    else dirs.push(argv[i]);
  }
  const out: Record<string, unknown> = {};
  for (const dir of dirs.length ? dirs : ['fixtures/eval/sample']) {
    const result = await evaluateSearch(loadEvalDataset(dir));
    const { overall, byKind, perQuery } = result.queries;
    console.log(`${dir}: nDCG@10 ${overall} over ${perQuery.length} queries`, byKind);
    for (const q of perQuery)
      console.log(`  ${q.ndcg.toFixed(3)}  ${q.kind.padEnd(12)} ${q.query}  →  ${q.top.join(' ')}`);
    if (result.needs)
      console.log(
        `  needs → achievements: nDCG@10 ${result.needs.ndcg}, recall@${result.needs.candidates} ${result.needs.recall}`,
      );
    out[dir] = {
      overall,
      byKind,
      needs: result.needs && { ndcg: result.needs.ndcg, recall: result.needs.recall },
      timing: result.timing,
    };
  }
  if (bench) {
    const result = await benchSearchEngine({ documents: bench });
    console.log(
      `bench: ${result.documents} listings, ${result.indexing.docsPerSecond} docs/s, search p50 ${result.search.p50Ms} ms, p99 ${result.search.p99Ms} ms`,
    );
    out.bench = result;
  }
  console.log(JSON.stringify(out));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
