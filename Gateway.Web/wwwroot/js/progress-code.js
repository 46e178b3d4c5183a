// The progress code (查询码) as people read it: two groups of four, 7Q2M-9XKD. The gateway keeps
// and takes it as eight characters and accepts it with or without the hyphen.
export const formatProgressCode = (code) => (code ? `${code.slice(0, 4)}-${code.slice(4)}` : null);
