// Defaults of the authoring settings, shared by the plugin's settings and the CLI (which cannot
// import the plugin).
export const DEFAULT_NEW_STORY_FOLDER = 'Stories';
export const DEFAULT_PRINCIPLE_LINKS = true;
