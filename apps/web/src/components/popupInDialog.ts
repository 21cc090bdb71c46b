/**
 * `getPopupContainer` for drop-downs in a dialog: the list opens inside the dialog, not at the end of the document.
 * A list attached to the document moves when the page behind the modal scrolls (programmatic scrolling passes the
 * scroll lock: scrollIntoView, a test driver bringing an option into view) while its select stays put; antd
 * re-aligns the list on the next pointer-down, so a press on one option was released on its neighbour and chose
 * nothing (the registration journey's flake under load). Inside the dialog the list moves with its select.
 */
export const popupInDialog = (trigger: HTMLElement): HTMLElement =>
  // The dialog's body, not the select's parent: a list inside a <label> would have its clicks re-target the select.
  trigger.closest<HTMLElement>('.ant-modal-body') ?? document.body;
