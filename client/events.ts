// A small typed event emitter: the canvas controller and the view store announce what happened,
// and the controls listen, so no module reaches into another to find out.
export class Emitter<Events extends Record<string, unknown>> {
  private listeners: { [K in keyof Events]?: ((payload: Events[K]) => void)[] } = {};

  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void): () => void {
    const list = (this.listeners[event] ??= []);
    list.push(listener);
    return () => list.splice(list.indexOf(listener), 1);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    for (const listener of [...(this.listeners[event] ?? [])]) listener(payload);
  }
}
