#include "exportcommand.h"

#include "programrequest.h"

#include "errorlocation.h"
#include "runresult.h"
#include "timelineexport.h"

#include "python/recordingsink.h"
#include "python/worker.h"

#include <QFileInfo>
#include <QGuiApplication>

#include <iostream>

namespace loopscope::app {

namespace {

// Qt's notes about the session (no XDG_RUNTIME_DIR in a CI shell, a headless platform)
// say nothing about the export; everything else is passed on.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::cerr << message.toStdString() << "\n";
}

} // namespace

int exportCommand(int& argc, char** argv, const CommandLine& commandLine)
{
    const CommandLine::Export& image = commandLine.image;
    const QString output = QString::fromStdString(image.output);
    if (!ui::imageFormatOf(output)) {
        const QString suffix = QFileInfo(output).suffix();
        std::cerr << "loopscope: "
                  << (suffix.isEmpty() ? std::string("name the image .png, .svg or .pdf")
                                       : "unknown image type '." + suffix.toStdString() + "': use .png, .svg or .pdf")
                  << "\n";
        return 2;
    }
    python::RunRequest request;
    std::string error;
    if (!programRequest(commandLine, request, error)) {
        std::cerr << "loopscope: " << error << "\n";
        return 2;
    }
    request.record = true;
    request.recordLines = false; // the image draws no line events

    python::RecordingSink sink;
    python::Worker worker;
    ui::RunResult run;
    run.path = QString::fromStdString(request.path);
    run.source = QString::fromStdString(request.source);
    run.outcome = worker.run(request, sink);
    run.standardError = std::move(sink.err);
    if (!sink.recordError().empty())
        std::cerr << "loopscope: the event record is damaged: " << sink.recordError() << "\n";
    run.trace = std::make_shared<const trace::Trace>(std::move(sink.trace));
    run.model = std::make_shared<const ui::TimelineModel>(run.trace);

    // A program that fails is drawn as far as it went: that is often the picture wanted.
    const ui::ErrorLocation failure = ui::ErrorLocation::of(run);
    if (failure.isError()) {
        std::cerr << "loopscope: note: " << failure.message.toStdString();
        if (failure.line > 0)
            std::cerr << " (line " << failure.line << ")";
        std::cerr << "; the timeline shows the run up to there\n";
    }

    // Fonts and painting need a QGuiApplication, never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
    QGuiApplication application(argc, argv);
    ui::ExportOptions options;
    options.title = image.hasTitle ? QString::fromStdString(image.title) : QFileInfo(run.path).fileName();
    options.width = image.width;
    options.scale = image.scale;
    options.dark = image.dark;
    options.axisScale = image.steps ? ui::TimeAxis::Scale::Steps : ui::TimeAxis::Scale::Time;
    ui::TimelineExport exporter(run.model, options);
    QString why;
    if (image.hasRange && !exporter.setTimeRange(image.from, image.to, &why)) {
        std::cerr << "loopscope: --range: " << why.toStdString() << "\n";
        return 2;
    }
    if (!exporter.write(output, &why)) {
        std::cerr << "loopscope: " << why.toStdString() << "\n";
        return 1;
    }
    return 0;
}

} // namespace loopscope::app
