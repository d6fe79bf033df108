/** One entry of the side menu; each module declares its own beside its routes.ts (`<module>/menu.ts`), app.menu.ts composes them. */
export interface MenuItem {
  /** Position in the side menu: the shell sorts all modules' entries by it (modules interleave: 编制 entries sit between 机构 entries). */
  order: number;
  /** Localization key of the entry's text. */
  textKey: string;
  /** ng-zorro (ant design) icon name. */
  icon: string;
  route: string;
  /** Shown only when the current user is granted this permission. */
  permission: string;
  /** Highlighted only on exactly its route (not on the routes below it, which have entries of their own). */
  exact?: boolean;
}
