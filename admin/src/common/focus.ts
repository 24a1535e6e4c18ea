import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * When a new screen replaces the one that held the keyboard focus (a form's Save button gives way to the saved
 * record's page, a Delete to the list), the browser drops focus to the top of the document, and a keyboard or
 * screen-reader user has to start again from the menu (WCAG 2.4.3, focus order). Instead, focus goes to the new
 * screen's first heading, or else to its main content. Focus that is still somewhere (a menu item just clicked)
 * stays where it is, and the first screen after loading keeps the browser's own start.
 */
export function useFocusAfterNavigation(): void {
  const { key } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const lost = () => !document.activeElement || document.activeElement === document.body;
    if (!lost()) return;
    // The new screen draws its heading in the same render as the route, or, while its record loads, a frame later.
    const frame = requestAnimationFrame(() => {
      const main = document.getElementById('main-content');
      if (!main || !lost()) return;
      const target = main.querySelector<HTMLElement>('h1, h2') ?? main;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
}
