// loopscope-bench: the engine's speed, measured (not a test; scripts/bench.sh runs it).
//
// 1. Each program of tests/bench/programs runs through a warm worker and under Debian's
//    /usr/bin/python3.11 with CPython's own loop on the virtual clock (the reference of
//    scripts/reference), on the same file; the best of a few runs of each is compared.
// 2. The event record's cost: each program again with the record on (without and with
//    line events), its time against the run without, and the record's size per event.
// 3. Re-running a lesson-size program from the warm worker: the wall time from request to
//    outcome, median and 95th percentile over many runs.
#include "python/recordingsink.h"
#include "python/worker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace loopscope::python;

namespace {

const QString kRoot = QStringLiteral(LOOPSCOPE_SOURCE_DIR);

double best(std::vector<double> times)
{
    return *std::min_element(times.begin(), times.end());
}

double percentile(std::vector<double> times, double p)
{
    std::sort(times.begin(), times.end());
    return times[std::size_t(p * double(times.size() - 1) + 0.5)];
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum class Record { Off, WithoutLines, WithLines };

struct RecordSize {
    std::size_t events = 0;
    std::size_t bytes = 0;
};

// Seconds for one engine run, or -1 if it did not finish cleanly.
double engineRun(Worker& worker, const QString& path, long* maxRssKiB = nullptr,
                 Record record = Record::Off, RecordSize* size = nullptr)
{
    RunRequest request;
    request.source = readFile(path).toStdString();
    request.path = path.toStdString();
    request.argv0 = request.path;
    request.limits.cpuSeconds = 600;
    request.limits.maxEvents = 1'000'000'000;
    request.limits.memoryBytes = 8ull << 30;
    request.record = record != Record::Off;
    request.recordLines = record == Record::WithLines;
    RecordingSink sink;
    QElapsedTimer timer;
    timer.start();
    const RunOutcome outcome = worker.run(request, sink);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (maxRssKiB)
        *maxRssKiB = outcome.maxRssKiB;
    if (outcome.end != RunEnd::Finished || outcome.exitStatus != 0) {
        std::fprintf(stderr, "%s: %s\n%s", qPrintable(path), outcome.message.c_str(), sink.err.c_str());
        return -1;
    }
    if (size) {
        sink.trace.shrink();
        size->events = sink.trace.size();
        size->bytes = sink.trace.memoryBytes();
    }
    return seconds;
}

double cpythonRun(const QString& path)
{
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
    environment.insert(QStringLiteral("PYTHONPATH"), kRoot + QStringLiteral("/scripts/reference"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/python3.11"), {path});
    process.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return process.exitCode() == 0 ? seconds : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    Worker worker;
    std::string error;
    QElapsedTimer startup;
    startup.start();
    if (!worker.start(&error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::printf("worker start (interpreter, asyncio, loop): %.0f ms\n\n",
                double(startup.nsecsElapsed()) / 1e6);

    // fanout_sleep.py runs as it is (N = 100,000) and with N = 1,000 and 10,000.
    const QDir programs(kRoot + QStringLiteral("/tests/bench/programs"));
    QTemporaryDir scaled;
    QStringList paths;
    const QByteArray fanout = readFile(programs.filePath(QStringLiteral("fanout_sleep.py")));
    for (const char* n : {"1_000", "10_000"}) {
        QByteArray source = fanout;
        source.replace("N = 100_000", QByteArray("N = ") + n);
        QFile file(scaled.filePath(QStringLiteral("fanout_sleep_%1.py").arg(QLatin1String(n))));
        if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
            return 1;
        paths << file.fileName();
    }
    for (const QString& name : programs.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
        paths << programs.filePath(name);

    std::printf("| program | CPython's loop | Loopscope | speed-up | worker peak memory |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: |\n");
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        std::vector<double> ours, theirs;
        long rss = 0;
        for (int i = 0; i < repeats; ++i) {
            ours.push_back(engineRun(worker, path, &rss));
            theirs.push_back(cpythonRun(path));
        }
        const double a = best(theirs), b = best(ours);
        std::printf("| %s | %.3f s | %.3f s | %.2fx | %ld MiB |\n", qPrintable(name), a, b,
                    b > 0 ? a / b : 0.0, rss / 1024);
        std::fflush(stdout);
    }

    // The three modes alternate, more often than above: the machine's speed drifts.
    const int recordRepeats = 2 * repeats + 1;
    std::printf("\nthe event record (best of %d; time against the run without a record):\n\n",
                recordRepeats);
    std::printf("| program | no record | record | record with lines | events | bytes per event |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        std::vector<double> plain, recorded, lined;
        RecordSize size, linedSize;
        for (int i = 0; i < recordRepeats; ++i) {
            plain.push_back(engineRun(worker, path));
            recorded.push_back(engineRun(worker, path, nullptr, Record::WithoutLines, &size));
            lined.push_back(engineRun(worker, path, nullptr, Record::WithLines, &linedSize));
        }
        const double a = best(plain), b = best(recorded), c = best(lined);
        std::printf("| %s | %.3f s | %.3f s (%.2fx) | %.3f s (%.2fx) | %zu / %zu | %.1f / %.1f |\n",
                    qPrintable(name), a, b, b / a, c, c / a, size.events, linedSize.events,
                    double(size.bytes) / double(size.events),
                    double(linedSize.bytes) / double(linedSize.events));
        std::fflush(stdout);
    }

    std::printf("\nre-running a lesson-size program from the warm worker (100 runs each):\n\n");
    std::printf("| program | median | 95th percentile |\n| --- | ---: | ---: |\n");
    const QDir article(kRoot + QStringLiteral("/tests/conformance/article"));
    for (const QString& name : article.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        std::vector<double> times;
        for (int i = 0; i < 100; ++i) {
            RunRequest request;
            request.source = readFile(article.filePath(name)).toStdString();
            request.path = article.filePath(name).toStdString();
            CollectingSink sink;
            QElapsedTimer timer;
            timer.start();
            worker.run(request, sink);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("| %s | %.1f ms | %.1f ms |\n", qPrintable(name), percentile(times, 0.5),
                    percentile(times, 0.95));
    }
    return 0;
}
