// Component tests reach app modules that read import.meta.env and import.meta.glob (Vite adds them).
/// <reference types="vite/client" />
