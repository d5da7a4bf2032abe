/**
 * Identity-number validation and duplicate keys. The implementation is in shared/ so that the
 * client schemas (which the renderer uses) can call it without shared/ depending on domain/;
 * domain code imports it from here.
 */
export * from '../../shared/identity-numbers';
