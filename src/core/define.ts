/**
 * Registers a custom element unless that name is taken. Loading the bundle twice, or beside
 * another copy, must never throw; two different versions meeting is worth a warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor && existing.version !== ctor.version)
    console.warn(
      `elz-widgets: <${tag}> is already defined by version ${existing.version ?? '?'}; ${ctor.version} is not used.`,
    );
}
