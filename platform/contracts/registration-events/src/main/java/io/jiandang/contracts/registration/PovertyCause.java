package io.jiandang.contracts.registration;

/** Causes of poverty (致贫原因) recorded per household; a household may have several. */
public enum PovertyCause {
    LACK_OF_FUNDS, ILLNESS, SCHOOLING, LACK_OF_LABOUR, DISABILITY, LACK_OF_SKILLS, DISASTER, OTHER
}
