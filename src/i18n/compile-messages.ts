// Used at build time (vite.config.ts): the locale files are compiled to the message ASTs that
// vue-i18n's runtime formats, so the built app ships without the message compiler. The compiler is
// the same version vue-i18n itself uses (@intlify/message-compiler 11.4.2).
import { baseCompile } from '@intlify/message-compiler'

/** Compiles one message; a syntax error throws, naming the key, so it fails the build. */
function compileMessage(source: string, key: string): unknown {
  const { ast } = baseCompile(source, {
    jit: true,
    minify: true,
    location: false,
    onError: (e) => {
      throw new Error(`${key}: ${e.message} in "${source}"`)
    },
  })
  return ast
}

/** Every string in a locale file's tree becomes its AST; `key` names the tree (e.g. its group). */
export function compileMessages(node: unknown, key: string): unknown {
  if (typeof node === 'string') return compileMessage(node, key)
  if (node && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, compileMessages(v, `${key}.${k}`)]))
  return node
}
