// loopscope-bench-paint: the timeline's painting cost, measured (not a test;
// `scripts/bench.sh paint` runs it).
//
// 1. A 1920x1080 view of a record of about a thousand events and of one of about a
//    million, at zooms from the whole run down to a few events, at three places along
//    it: the median paint of each, and the ratio big/small (the target: at most 2).
// 2. What an edit costs: re-running a lesson-size program from the warm worker (the
//    record with its line events, as the app asks), building its timeline and painting
//    it: median and 95th percentile (the target: under 50 ms).
// 3. Exporting a 200-task fan-out as PNG and as SVG (File > Export, `loopscope export`):
//    median time, and the files' size.
#include "python/recordingsink.h"
#include "python/worker.h"
#include "tasklineindex.h"
#include "timelineexport.h"
#include "timelinepainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace loopscope;

namespace {

const QString kRoot = QStringLiteral(LOOPSCOPE_SOURCE_DIR);

double median(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double percentile(std::vector<double> times, double p)
{
    std::sort(times.begin(), times.end());
    return times[std::size_t(p * double(times.size() - 1) + 0.5)];
}

// Tasks that each sleep `rounds` times, at staggered delays: about 4 events a round.
std::string sleepers(int tasks, int rounds)
{
    return "import asyncio\n"
           "async def sleeper(i):\n"
           "    for r in range(" + std::to_string(rounds) + "):\n"
           "        await asyncio.sleep((i * 7 + r * 3) % 11 / 1000)\n"
           "async def main():\n"
           "    await asyncio.gather(*(sleeper(i) for i in range(" + std::to_string(tasks) + ")))\n"
           "asyncio.run(main())\n";
}

std::shared_ptr<const trace::Trace> record(python::Worker& worker, const std::string& source, bool lines)
{
    python::RunRequest request;
    request.source = source;
    request.path = "/tmp/loopscope-bench/program.py";
    request.argv0 = request.path;
    request.record = true;
    request.recordLines = lines;
    request.limits.cpuSeconds = 120;
    python::RecordingSink sink;
    const python::RunOutcome outcome = worker.run(request, sink);
    if (outcome.end != python::RunEnd::Finished)
        std::fprintf(stderr, "the program did not finish: %s\n", outcome.message.c_str());
    return std::make_shared<const trace::Trace>(std::move(sink.trace));
}

// Milliseconds for one paint of `fraction` of the axis centred at `centre` (0..1).
double paintOnce(const ui::TimelineModel& model, const ui::TimeAxis& axis, QImage& image, double fraction,
                 double centre, const ui::TimelinePainter& painter)
{
    const ui::TimelineLayout layout(&model, &axis, QRectF(0, 0, image.width(), image.height()), false);
    ui::TimelineViewport view;
    const double span = axis.length() * fraction;
    view.from = axis.length() * centre - span / 2;
    view.to = view.from + span;
    view.cursor = axis.eventAt(axis.length() * centre);
    QElapsedTimer timer;
    timer.start();
    QPainter target(&image);
    painter.paint(target, layout, view);
    target.end();
    return double(timer.nsecsElapsed()) / 1e6;
}

double paintMedian(const ui::TimelineModel& model, const ui::TimeAxis& axis, double fraction, double centre,
                   int repeats)
{
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const ui::TimelineTheme theme = ui::TimelineTheme::light();
    // One painter for all the paints of a view, as the widget keeps one.
    const ui::TimelinePainter painter(theme);
    paintOnce(model, axis, image, fraction, centre, painter); // warm the caches and fonts
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i)
        times.push_back(paintOnce(model, axis, image, fraction, centre, painter));
    return median(times);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(3, std::atoi(argv[1])) : 9;
    python::Worker worker;
    std::string error;
    if (!worker.start(&error)) {
        std::fprintf(stderr, "cannot start the worker: %s\n", error.c_str());
        return 1;
    }

    // 1. Painting against the record's size.
    // Both fill the view with lanes (fifty tasks and a thousand), so that the two paint
    // the same rows and differ only in how many events lie behind each pixel.
    const auto small = record(worker, sleepers(50, 5), false);
    const auto big = record(worker, sleepers(1000, 250), false);
    const ui::TimelineModel smallModel(small), bigModel(big);
    std::printf("Painting a 1920x1080 view (median of %d paints, ms):\n\n", repeats);
    std::printf("| view | %zu events | %zu events | ratio |\n|---|---:|---:|---:|\n", small->size(), big->size());
    double worst = 0;
    for (ui::TimeAxis::Scale scale : {ui::TimeAxis::Scale::Time, ui::TimeAxis::Scale::Steps}) {
        const ui::TimeAxis smallAxis(*small, scale), bigAxis(*big, scale);
        for (double fraction : {1.0, 0.1, 0.01, 1e-3, 1e-4, 1e-6}) {
            for (double centre : {0.25, 0.5, 0.75}) {
                const double a = paintMedian(smallModel, smallAxis, fraction, centre, repeats);
                const double b = paintMedian(bigModel, bigAxis, fraction, centre, repeats);
                worst = std::max(worst, b / a);
                std::printf("| %s, %g of the run at %.0f%% | %.2f | %.2f | %.2f |\n",
                            scale == ui::TimeAxis::Scale::Time ? "time" : "steps", fraction, centre * 100, a, b, b / a);
            }
        }
    }
    std::printf("\nWorst ratio: %.2f\n\n", worst);

    // 2. An edit: re-run, timeline, paint.
    QFile file(kRoot + QStringLiteral("/tests/conformance/article/article_4_gather.py"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const std::string lesson = file.readAll().toStdString();
    std::vector<double> times;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const ui::TimelineTheme theme = ui::TimelineTheme::light();
    for (int i = 0; i < 60; ++i) {
        const ui::TimelinePainter painter(theme); // a new record: nothing cached helps
        QElapsedTimer timer;
        timer.start();
        const auto trace = record(worker, lesson, true);
        const ui::TimelineModel model(trace);
        const ui::TaskLineIndex lines(*trace);
        const ui::TimeAxis axis(*trace, ui::TimeAxis::Scale::Time);
        paintOnce(model, axis, image, 1.0, 0.5, painter);
        if (i >= 5) // the first runs warm the zygote's page cache
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("Re-running article_4_gather.py, building its timeline and painting it: median %.1f ms, "
                "95th percentile %.1f ms (%zu runs)\n",
                median(times), percentile(times, 0.95), times.size());

    // 3. Export.
    const std::string fanOut = "import asyncio, random\n"
                               "async def fetch(i):\n"
                               "    await asyncio.sleep(random.uniform(0.1, 2))\n"
                               "    await asyncio.sleep(random.uniform(0.1, 1))\n"
                               "    return i\n"
                               "async def main():\n"
                               "    print(len(await asyncio.gather(*(fetch(i) for i in range(200)))))\n"
                               "asyncio.run(main())\n";
    const auto fanOutModel = std::make_shared<const ui::TimelineModel>(record(worker, fanOut, false));
    QDir().mkpath(QStringLiteral("/tmp/loopscope-bench"));
    std::printf("\nExporting a 200-task fan-out (%zu events), the whole run at 1600 pixels wide:\n\n"
                "| format | median | 95th percentile | file |\n|---|---:|---:|---:|\n",
                fanOutModel->trace().size());
    for (const char* suffix : {"png", "svg"}) {
        const QString path = QStringLiteral("/tmp/loopscope-bench/fan-out.") + QString::fromLatin1(suffix);
        std::vector<double> exports;
        for (int i = 0; i < std::max(5, repeats); ++i) {
            QElapsedTimer timer;
            timer.start();
            ui::ExportOptions options;
            options.title = QStringLiteral("fan-out.py");
            const ui::TimelineExport exporter(fanOutModel, options);
            QString why;
            if (!exporter.write(path, &why)) {
                std::fprintf(stderr, "%s\n", qPrintable(why));
                return 1;
            }
            exports.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const QSize size = ui::TimelineExport(fanOutModel, {}).size();
        std::printf("| %s (%dx%d) | %.0f ms | %.0f ms | %.0f KB |\n", suffix, size.width(), size.height(),
                    median(exports), percentile(exports, 0.95), double(QFileInfo(path).size()) / 1024);
    }
    return 0;
}
