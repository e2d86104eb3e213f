#include "exportcommand.h"

#include "headlessgui.h"
#include "programrequest.h"

#include "errorlocation.h"
#include "recordedrun.h"
#include "runresult.h"
#include "timelineexport.h"


#include <QFileInfo>

#include <iostream>

namespace loopscope::app {

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
    request.recordLines = false; // the image draws no line events
    python::Worker worker;
    const std::shared_ptr<ui::RunResult> recorded = ui::recordedRun(worker, request);
    const ui::RunResult& run = *recorded;
    if (!run.recordError.empty())
        std::cerr << "loopscope: the event record is damaged: " << run.recordError << "\n";

    // A program that fails is drawn as far as it went: that is often the picture wanted.
    const ui::ErrorLocation failure = ui::ErrorLocation::of(run);
    if (failure.isError()) {
        std::cerr << "loopscope: note: " << failure.message.toStdString();
        if (failure.line > 0)
            std::cerr << " (line " << failure.line << ")";
        std::cerr << "; the timeline shows the run up to there\n";
    }

    const auto application = headlessApplication(argc, argv);
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
