// libFuzzer: whole runs of the engine. The input is read as a small asyncio program,
// statement by statement (a byte picks each from a list of the constructs the engine
// must get right: tasks, sleeps, gather, wait_for, TaskGroup, cancellation, queues,
// events, exceptions), and run through a warm worker under tight limits. Every run must
// end (finished, or stopped at a limit or a deadlock) with a record that decodes, and
// the worker must survive for the next one.
#include "python/recordingsink.h"
#include "python/worker.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace {

const char* const kStatements[] = {
    "    t = asyncio.create_task(job(N))\n    tasks.append(t)\n",
    "    await asyncio.sleep(N / 4)\n",
    "    await asyncio.sleep(0)\n",
    "    await asyncio.gather(*[job(i) for i in range(N)], return_exceptions=True)\n",
    "    try:\n        await asyncio.wait_for(job(N), timeout=N / 3)\n    except (TimeoutError, ValueError):\n        print('timeout')\n",
    "    if tasks:\n        tasks[N % len(tasks)].cancel()\n",
    "    try:\n        async with asyncio.TaskGroup() as g:\n            g.create_task(job(N))\n            g.create_task(fail(N))\n    except* ValueError:\n        print('group failed')\n",
    "    await queue.put(N)\n",
    "    if not queue.empty():\n        print(await queue.get())\n",
    "    event.set()\n",
    "    try:\n        async with asyncio.timeout(N / 5):\n            await job(N)\n    except TimeoutError:\n        print('late')\n",
    "    done, pending = await asyncio.wait([asyncio.create_task(job(i)) for i in range(N)], return_when=asyncio.FIRST_COMPLETED)\n    print(len(done))\n",
    "    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))\n",
    "    await asyncio.shield(job(N))\n",
    "    for t in tasks:\n        if t.done() and not t.cancelled():\n            print(t.exception())\n",
    "    asyncio.get_running_loop().call_later(N / 7, print, 'later')\n",
};
constexpr std::size_t kStatementCount = sizeof kStatements / sizeof kStatements[0];

std::string program(const std::uint8_t* data, std::size_t size)
{
    std::string source =
        "import asyncio\n"
        "queue = asyncio.Queue(maxsize=3)\n"
        "async def job(n):\n"
        "    await asyncio.sleep(n / 2)\n"
        "    return n\n"
        "async def fail(n):\n"
        "    await asyncio.sleep(n / 3)\n"
        "    raise ValueError(n)\n"
        "async def main():\n"
        "    global event\n"
        "    event = asyncio.Event()\n"
        "    tasks = []\n";
    for (std::size_t i = 0; i + 1 < size && i < 64; i += 2) {
        std::string statement = kStatements[data[i] % kStatementCount];
        const std::string n = std::to_string(data[i + 1] % 6);
        for (std::size_t at; (at = statement.find('N')) != std::string::npos;)
            statement.replace(at, 1, n);
        source += statement;
    }
    source += "    print('end')\nasyncio.run(main())\n";
    return source;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static auto worker = [] {
        auto started = std::make_unique<loopscope::python::Worker>();
        std::string error;
        if (!started->start(&error))
            __builtin_trap();
        return started;
    }();
    loopscope::python::RunRequest request;
    request.source = program(data, size);
    request.path = "/tmp/loopscope-fuzz/program.py";
    request.argv0 = request.path;
    request.record = true;
    request.recordLines = (size % 2) == 1;
    request.limits.cpuSeconds = 2;
    request.limits.maxEvents = 20000;
    request.limits.maxVirtualSeconds = 1000;
    request.limits.memoryBytes = 512ull << 20;
    loopscope::python::RecordingSink sink;
    const loopscope::python::RunOutcome outcome = worker->run(request, sink);
    if (outcome.end == loopscope::python::RunEnd::Crashed || !sink.recordError().empty())
        __builtin_trap();
    return 0;
}
