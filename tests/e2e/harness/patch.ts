// Replaces a method on a prototype with a wrapper around the original (called with the instance as `this`).
export function patchMethod<T extends object, K extends keyof T>(proto: T, name: K, wrap: (original: T[K]) => T[K]): void {
  const original = proto[name];
  proto[name] = wrap(original);
}
