export * from './activities.js';
export * from './leads.js';
export * from './members.js';
export * from './processed-events.js';
export * from './teams.js';
