/** Node styles per label, as data: colour, pictogram and legend text. Read by the graph and the legend. */
import { NODE_LABELS, type NodeLabel } from '../../../core/model.ts';

export interface NodeStyle {
  color: string;
  /** SVG path (24×24 viewBox) drawn white inside the node. */
  icon: string;
  /** Legend text. */
  legend: string;
}

const ICONS = {
  person: 'M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-9 2.2-9 5.5V22h18v-2.5C21 16.2 16.4 14 12 14z',
  flag: 'M5 2h2v20H5zM8 3h11l-2.5 4.5L19 12H8z',
  building: 'M3 21V9l9-6 9 6v12h-6v-6H9v6zm6-10h2v2H9zm4 0h2v2h-2z',
  phone: 'M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.6 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.6 3.6a1 1 0 0 1-.25 1z',
  quote: 'M4 5h7v7H7.5c0 2 1 3.5 3.5 4v3c-4.5-.5-7-3.5-7-8zm9 0h7v7h-3.5c0 2 1 3.5 3.5 4v3c-4.5-.5-7-3.5-7-8z',
  tag: 'M2 12V3h9l11 11-9 9zm5-7a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  pin: 'M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z',
  calendar: 'M7 2h2v2h6V2h2v2h3v18H4V4h3zm-1 8v10h12V10z',
  paper: 'M5 2h10l5 5v15H5zm9 1.5V8h4.5zM8 12h8v1.5H8zm0 3h8v1.5H8zm0 3h5v1.5H8z',
};

export const NODE_STYLES: Record<NodeLabel, NodeStyle> = {
  Leader: { color: '#e4572e', icon: ICONS.person, legend: 'Leader' },
  Country: { color: '#2e86ab', icon: ICONS.flag, legend: 'Country' },
  Organization: { color: '#7b5ea7', icon: ICONS.building, legend: 'Organization' },
  Call: { color: '#f3a712', icon: ICONS.phone, legend: 'Call / meeting' },
  Statement: { color: '#29a36a', icon: ICONS.quote, legend: 'Statement' },
  Topic: { color: '#c2407a', icon: ICONS.tag, legend: 'Topic' },
  Place: { color: '#4f6d7a', icon: ICONS.pin, legend: 'Place' },
  Day: { color: '#9aa5b1', icon: ICONS.calendar, legend: 'Day' },
  Article: { color: '#8d6e63', icon: ICONS.paper, legend: 'Article' },
};

/** The legend rows in model order (core/model.ts NODE_LABELS). */
export function legendRows(): { label: NodeLabel; style: NodeStyle }[] {
  return NODE_LABELS.map((label) => ({ label, style: NODE_STYLES[label] }));
}

/** The pictogram of a label as an SVG data URL (white on transparent). */
export function iconUrl(label: NodeLabel): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="96" height="96"><path fill="white" d="${NODE_STYLES[label].icon}"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Colours for call status and statement kinds on the timeline. */
export const STATUS_STYLES: Record<string, { stroke: string; dash: boolean; fill: boolean }> = {
  held: { stroke: '#f3a712', dash: false, fill: true },
  planned: { stroke: '#f3a712', dash: true, fill: false },
  postponed: { stroke: '#b07d12', dash: true, fill: false },
  cancelled: { stroke: '#9aa5b1', dash: true, fill: false },
  unknown: { stroke: '#f3a712', dash: false, fill: false },
};
