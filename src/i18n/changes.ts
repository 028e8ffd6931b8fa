// One plain sentence per change, as the notice shows it.
import { formatMinutes as hm } from '../domain/calendar';
import type { Change } from '../domain/changes';

export interface Names {
  station: (id: string) => string;
  person: (id: string) => string;
  task: (id: string) => string;
}

function da(c: Change, n: Names): string {
  switch (c.kind) {
    case 'block-moved':
      return `${c.title} er kl. ${hm(c.to)} i stedet for kl. ${hm(c.from)}`;
    case 'block-cancelled':
      return `${c.title} kl. ${hm(c.start)} er aflyst i dag`;
    case 'block-added':
      return `Ekstra i dag: ${c.title} kl. ${hm(c.start)}`;
    case 'shift-moved':
      return `${n.station(c.stationId)}: ${c.label} starter kl. ${hm(c.to)} i stedet for kl. ${hm(c.from)}`;
    case 'shift-cancelled':
      return `${n.station(c.stationId)}: ${c.label} er aflyst i dag`;
    case 'shift-added':
      return `${n.station(c.stationId)}: ekstra vagt kl. ${hm(c.start)}`;
    case 'substitute':
      return `${n.station(c.stationId)}: ${n.person(c.inId)} afløser ${n.person(c.outId)}`;
    case 'person-added':
      return `${n.station(c.stationId)}: ${n.person(c.personId)} er også på i dag`;
    case 'person-off':
      return `${n.station(c.stationId)}: ${n.person(c.personId)} ${c.away ? 'er her ikke' : 'er ikke på'} i dag`;
    case 'task-moved':
      if (c.to === 'person' && c.toId) return `${n.task(c.taskId)}: ${n.person(c.toId)} laver den i dag`;
      if (c.to === 'station' && c.toId) return `${n.task(c.taskId)}: flyttet til ${n.station(c.toId)}`;
      return `${n.task(c.taskId)}: alle kan tage den i dag`;
    case 'task-added':
      return `Ekstra opgave i dag: ${n.task(c.taskId)}`;
  }
}

function en(c: Change, n: Names): string {
  switch (c.kind) {
    case 'block-moved':
      return `${c.title} is at ${hm(c.to)} instead of ${hm(c.from)}`;
    case 'block-cancelled':
      return `${c.title} at ${hm(c.start)} is cancelled today`;
    case 'block-added':
      return `Extra today: ${c.title} at ${hm(c.start)}`;
    case 'shift-moved':
      return `${n.station(c.stationId)}: ${c.label} starts at ${hm(c.to)} instead of ${hm(c.from)}`;
    case 'shift-cancelled':
      return `${n.station(c.stationId)}: ${c.label} is cancelled today`;
    case 'shift-added':
      return `${n.station(c.stationId)}: extra shift at ${hm(c.start)}`;
    case 'substitute':
      return `${n.station(c.stationId)}: ${n.person(c.inId)} stands in for ${n.person(c.outId)}`;
    case 'person-added':
      return `${n.station(c.stationId)}: ${n.person(c.personId)} is also on today`;
    case 'person-off':
      return `${n.station(c.stationId)}: ${n.person(c.personId)} ${c.away ? 'is not here' : 'is not on'} today`;
    case 'task-moved':
      if (c.to === 'person' && c.toId) return `${n.task(c.taskId)}: ${n.person(c.toId)} does it today`;
      if (c.to === 'station' && c.toId) return `${n.task(c.taskId)}: moved to ${n.station(c.toId)}`;
      return `${n.task(c.taskId)}: anyone can take it today`;
    case 'task-added':
      return `Extra task today: ${n.task(c.taskId)}`;
  }
}

export default { da, en };
