// A faithful, small, in-memory stand-in for the `obsidian` module (jest maps `obsidian` here).
// Pieces live in ./obsidian-mock/, one job per file; add to the file that fits. No jest globals and
// no Node built-ins anywhere in it, so the browser e2e harness can bundle it too.
// Mock-only helpers (seed, setLayoutReady, reads, renderCodeBlock, Notice.shown, …) are marked so.
export { Events, Component } from './obsidian-mock/events';
export type { EventRef } from './obsidian-mock/events';
export { TAbstractFile, TFile, TFolder } from './obsidian-mock/files';
export type { FileStats } from './obsidian-mock/files';
export { MetadataCache, computeMetadata, getAllTags, parseFrontMatterTags } from './obsidian-mock/metadata';
export type { CachedMetadata, FrontMatterCache, TagCache, HeadingCache, LinkCache, Pos, Loc } from './obsidian-mock/metadata';
export { Vault } from './obsidian-mock/vault';
export { Workspace, WorkspaceLeaf } from './obsidian-mock/workspace';
export type { ViewState, OpenViewState } from './obsidian-mock/workspace';
export { App, FileManager } from './obsidian-mock/app';
export type { Command } from './obsidian-mock/app';
export { View, ItemView, MarkdownRenderChild, MarkdownRenderer } from './obsidian-mock/views';
export type { ViewStateResult, MarkdownPostProcessor, MarkdownPostProcessorContext, MarkdownSectionInformation } from './obsidian-mock/views';
export { Plugin, PluginSettingTab, renderCodeBlock } from './obsidian-mock/plugin';
export { BasesView, BasesEntry, BasesQueryResult, BasesViewConfig, QueryController, mountBase } from './obsidian-mock/bases';
export type { BasesViewRegistration, MountedBase } from './obsidian-mock/bases';
export type { PluginManifest } from './obsidian-mock/plugin';
export {
  Setting,
  BaseComponent,
  TextComponent,
  TextAreaComponent,
  ToggleComponent,
  DropdownComponent,
  SliderComponent,
  ButtonComponent,
  ExtraButtonComponent,
} from './obsidian-mock/setting';
export { Scope } from './obsidian-mock/scope';
export type { Modifier, KeymapContext, KeymapEventHandler, KeymapEventListener } from './obsidian-mock/scope';
export { Modal, SuggestModal, FuzzySuggestModal, Notice, Menu, MenuItem } from './obsidian-mock/modals';
export type { FuzzyMatch } from './obsidian-mock/modals';
export { debounce, normalizePath, setIcon, setTooltip, Platform, apiVersion, requireApiVersion, mockApi } from './obsidian-mock/util';
export type { Debouncer } from './obsidian-mock/util';
export { parseYaml, stringifyYaml } from './obsidian-mock/yaml';
export { installObsidianDom } from './obsidian-dom';
export type { DomElementInfo } from './obsidian-dom';
