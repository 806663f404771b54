/** How the portal names a person: their name if they gave one, else their email address. */
export function displayName(user: { name: string | null; email: string }): string {
  return user.name?.trim() || user.email;
}
