// "New story" on a gap row of the dashboard, next to "Drill": opens the new-story prompt with the
// principle already chosen. The dashboard passes the callback (see RenderOptions.newStory).

export function newStoryButton(parent: HTMLElement, onClick: (principleId: string) => void, principleId: string, name: string): HTMLElement {
  const btn = parent.createEl('button', { cls: 'ip-new-story-button', text: 'New story', attr: { 'aria-label': `New story for ${name}` } });
  btn.addEventListener('click', (evt) => {
    evt.preventDefault();
    evt.stopPropagation();
    onClick(principleId);
  });
  return btn;
}
