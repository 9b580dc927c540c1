/** The charts' colours: a light card with dark text, readable in both light and dark chat themes. */
export const THEME = { background: "#f6f8fa", text: "#1f2328", grid: "rgba(31,35,40,0.12)", highlight: "#d55e00" } as const;
