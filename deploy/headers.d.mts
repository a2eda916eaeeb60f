// Types for deploy/headers.mjs, which stays plain JavaScript so the Node servers import it as is.
export declare const CONTENT_SECURITY_POLICY: string
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>
export declare const IMMUTABLE_CACHE: string
export declare const REVALIDATE_CACHE: string
export declare const HOST_CONFIGS: Readonly<Record<string, () => string>>
