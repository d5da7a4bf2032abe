export {
  createHandoverService,
  type CopyPolicy,
  type HandoverService,
  type HandoverServiceDeps,
} from './handover-service';
export { handoverRefusalOf } from './errors';
export { writeHandoverKeyFile } from './key-file';
