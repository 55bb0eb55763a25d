/*
 * commands.h - the commands of the program (git's builtin.h): each is
 * int cmd_NAME(int argc, char **argv), argv[0] being the command's name.
 */
#ifndef RCP_COMMANDS_H
#define RCP_COMMANDS_H

int cmd_extract(int argc, char **argv);
int cmd_cluster(int argc, char **argv);
int cmd_digest(int argc, char **argv);
int cmd_features(int argc, char **argv);
int cmd_cluster_features(int argc, char **argv);
int cmd_digest_stories(int argc, char **argv);

int cmd_add(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
