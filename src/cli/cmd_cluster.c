/*
 * cmd_cluster.c - placeholder until the command lands.
 */
#include "cli.h"
#include "commands.h"

int cmd_cluster(int argc, char **argv)
{
    (void)argc, (void)argv;
    cli_error("'cluster' is not implemented yet");
    return EXIT_USAGE;
}
