package io.pylon.account;

/** Something that belongs to one account (a contact, an opportunity, an interaction) and is reached through it. */
public interface PartOfAccount {

    Account account();
}
