package nl.toezicht.register;

/** What an accepted import did. */
public record ImportVerslag(int regels, int nieuweZorgaanbieders, int bijgewerkteZorgaanbieders, int nieuweLocaties) {}
