package io.pylon.project;

/** How the contractor is engaged: design-build (EPC), design-build with financing arranged (EPC+F), a concession (PPP), or operation only (O&M). */
public enum ContractType {
    EPC,
    EPC_F,
    PPP,
    O_AND_M
}
