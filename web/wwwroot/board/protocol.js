// Shapes of the messages streamed by the hub's SubscribeBoard method (see docs/board-protocol.md).
// This module holds JSDoc types only.

/** @typedef {"P1" | "P2" | "P3" | "P4" | "P5"} Priority */
/** @typedef {"new" | "assigned" | "inProgress" | "onHold" | "resolved" | "closed" | "cancelled"} IncidentStatus */
/** @typedef {"info" | "warning" | "critical" | "breach"} SlaLevel */
/** @typedef {"created" | "updated" | "assigned" | "statusChanged" | "commented" | "slaThreshold"} ActivityKind */

/**
 * @typedef {object} BoardScope
 * @property {"all" | "service" | "group"} kind
 * @property {string | null} value
 */

/**
 * An SLA clock as of `asOf`. TimeSpans use .NET's constant format: [-][d.]hh:mm:ss[.fffffff].
 * @typedef {object} SlaClockView
 * @property {"response" | "resolution"} kind
 * @property {"running" | "paused" | "stopped"} state
 * @property {string} target
 * @property {string} elapsed
 * @property {string} asOf
 * @property {string | null} dueAt
 * @property {string | null} stoppedAt
 * @property {SlaLevel | null} reached
 * @property {boolean} breached
 * @property {string} remaining
 * @property {string | null} [calendar] the business calendar whose hours count; absent or null for 24×7
 * @property {{ start: string, end: string }[] | null} [countingPeriods] when a running business-hours clock counts
 */

/**
 * @typedef {object} IncidentSummary
 * @property {string} id
 * @property {string} number
 * @property {string} title
 * @property {Priority} priority
 * @property {IncidentStatus} status
 * @property {string | null} serviceId
 * @property {string | null} assignmentGroup
 * @property {string | null} assignee
 * @property {string} requester
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {number} version the version to send back with the next command
 * @property {number} revision grows with every change, SLA events included; the higher revision wins
 * @property {boolean} isOpen
 * @property {boolean} [escalating] its service's escalation policy follows it until someone responds
 * @property {SlaClockView} response
 * @property {SlaClockView} resolution
 */

/**
 * @typedef {object} BoardCounters
 * @property {number} open
 * @property {number} breached
 * @property {Record<Priority, number>} byPriority
 * @property {Record<"new" | "assigned" | "inProgress" | "onHold" | "resolved", number>} byStatus
 */

/**
 * @typedef {object} BoardActivity
 * @property {string} at
 * @property {string} incidentId
 * @property {string} number
 * @property {Priority} priority
 * @property {ActivityKind} kind
 * @property {string} text
 */

/**
 * @typedef {object} BoardMessage
 * @property {number} seq the scope's sequence: a snapshot carries its current number, each delta one more.
 * @property {"snapshot" | "delta"} kind
 * @property {BoardScope} scope
 * @property {string} serverTime
 * @property {IncidentSummary[]} incidents snapshot: every open incident in scope; delta: those that entered the scope
 * @property {Array<Partial<IncidentSummary> & { id: string }>} [changed] delta: rows the board shows, id and changed fields only
 * @property {string[]} removed
 * @property {BoardCounters} counters
 * @property {BoardActivity[]} activity Oldest first.
 * @property {number} droppedActivities
 */

export {};
