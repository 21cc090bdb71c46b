import * as nodeModule from 'node:module';

/**
 * Node 22.1+ keeps the V8 code of the modules it compiles in a cache folder (the OS temp folder, or
 * NODE_COMPILE_CACHE), so later starts skip compiling the ~2,000 modules a start loads. main.ts imports this first,
 * before anything else is required. Node 20 has no such cache: nothing happens there.
 */
const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
enableCompileCache?.();
