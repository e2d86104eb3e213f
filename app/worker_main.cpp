// loopscope-worker: the warm Python worker the app and the command line fork runs from.
// Started by loopscope::python::Worker as `loopscope-worker --zygote FD`; not meant to be
// run by hand.
#include "python/zygote.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--zygote") == 0)
        return loopscope::python::runZygote(std::atoi(argv[2]));
    std::fprintf(stderr, "loopscope-worker is started by loopscope; run `loopscope --help`.\n");
    return 2;
}
