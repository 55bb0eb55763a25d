/*
 * cmd_digest.c - placeholder until the command lands.
 */
#include "cli.h"
#include "commands.h"

int cmd_digest(int argc, char **argv)
{
    (void)argc, (void)argv;
    cli_error("'digest' is not implemented yet");
    return EXIT_USAGE;
}
