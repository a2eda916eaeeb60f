// Types for deploy/headers.mjs, which stays plain JavaScript so the Node servers import it as is.
export declare const CONTENT_SECURITY_POLICY: string
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>
export declare const IMMUTABLE_CACHE: string
export declare const REVALIDATE_CACHE: string
export declare const HOST_CONFIGS: Readonly<Record<string, () => string>>
export declare const STYLE_HASHES: readonly string[]
export declare function contentSecurityPolicy(styleHashes?: readonly string[]): string
export declare function metaContentSecurityPolicy(styleHashes?: readonly string[]): string
export declare function writeHostConfigs(styleHashes?: readonly string[]): Promise<string[]>
