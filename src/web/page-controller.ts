// The page's behaviour: hand out the embedded workbooks, read the workbook the clerk opens or
// drops, show its findings and the report text, and download the .docx (a draft only on request).

import {
  buildReport,
  countBySeverity,
  DEFAULT_PROFILE,
  findingsForProfile,
  hasErrors,
  isProfileName,
  PROFILE_NAMES,
  type ProfileName,
  type ReportBuild,
  TEMPLATE_FILE_NAMES,
} from '../core';
import {downloadBytes, MIME} from './download';
import {byId, element} from './element';
import {embeddedWorkbook} from './embedded-files';
import {showFindings} from './findings-view';
import {
  downloadedText,
  loadedText,
  PAGE_TEXT,
  PROFILE_LABEL,
  readingText,
  refusedText,
  summaryText,
  unexpectedText,
} from './page-text';
import {showPreview} from './preview-view';
import {readUpload, readWorkbookBytes, type Upload} from './read-upload';
import {reportFile} from './report-file';

interface Loaded {
  readonly build: ReportBuild;
  readonly file: string;
}

/** Wires page.html's controls; returns when the page is ready for a clerk. */
export function startPage(): void {
  let loaded: Loaded | undefined;
  let opening = 0;
  const ui = {
    status: byId('status'),
    problem: byId('problem'),
    summary: byId('summary'),
    findings: byId('findings'),
    preview: byId('preview'),
    generate: byId<HTMLButtonElement>('generate'),
    refusal: byId('refusal'),
    refusalText: byId('refusal-text'),
    profiles: byId('profiles'),
    fileInput: byId<HTMLInputElement>('file-input'),
    dropZone: byId('drop-zone'),
  };
  addProfileChoices(ui.profiles);

  const say = (text: string) => {
    ui.status.textContent = text;
  };
  const show = (next: Loaded | undefined) => {
    loaded = next;
    ui.refusal.hidden = true;
    ui.generate.disabled = next === undefined;
    if (next === undefined) {
      ui.summary.textContent = '';
      ui.findings.textContent = '';
      ui.findings.appendChild(element('p', 'empty', PAGE_TEXT.noWorkbook));
      ui.preview.textContent = '';
      ui.preview.appendChild(element('p', 'empty', PAGE_TEXT.noPreview));
      return;
    }
    const findings = findingsForProfile(next.build, chosenProfile());
    ui.summary.textContent = summaryText(countBySeverity(findings));
    showFindings(ui.findings, findings);
    showPreview(ui.preview, next.build.document);
    say(loadedText(next.file, next.build.stats));
  };
  const receive = (upload: Upload, file: string) => {
    if (upload.ok) {
      show({build: buildReport(upload.grids), file});
      return;
    }
    show(undefined);
    say('');
    ui.problem.textContent = upload.message;
    ui.problem.hidden = false;
  };
  const open = async (read: () => Promise<Upload> | Upload, file: string) => {
    const ticket = ++opening;
    ui.problem.hidden = true;
    say(readingText(file));
    // Let the browser paint the note before a large workbook keeps it busy.
    await new Promise(resolve => setTimeout(resolve, 0));
    try {
      const upload = await read();
      if (ticket === opening) receive(upload, file);
    } catch (error) {
      console.error('fazhi-report: reading failed', error);
      if (ticket !== opening) return;
      show(undefined);
      say('');
      ui.problem.textContent = unexpectedText(file);
      ui.problem.hidden = false;
    }
  };
  const openFile = (file: File | undefined) => {
    if (file) void open(() => readUpload(file), file.name);
  };
  const download = (draft: boolean) => {
    if (!loaded) return;
    const report = reportFile(loaded.build, chosenProfile(), draft);
    downloadBytes(report.bytes, report.name, MIME.docx);
    ui.refusal.hidden = true;
    say(downloadedText(report.name));
  };

  byId('download-blank').addEventListener('click', () =>
    downloadBytes(
      embeddedWorkbook('blank'),
      TEMPLATE_FILE_NAMES.blank,
      MIME.xlsx,
    ),
  );
  byId('download-sample').addEventListener('click', () =>
    downloadBytes(
      embeddedWorkbook('sample'),
      TEMPLATE_FILE_NAMES.sample,
      MIME.xlsx,
    ),
  );
  byId('try-sample').addEventListener('click', () => {
    void open(
      () =>
        readWorkbookBytes(
          embeddedWorkbook('sample'),
          TEMPLATE_FILE_NAMES.sample,
        ),
      PAGE_TEXT.sampleSource,
    );
  });
  ui.fileInput.addEventListener('change', () => {
    openFile(ui.fileInput.files?.[0]);
    ui.fileInput.value = '';
  });
  wireDrop(ui.dropZone, openFile);
  // The 报送 version has findings of its own (发文机关标志, 发文字号): show the chosen one's.
  ui.profiles.addEventListener('change', () => {
    if (loaded) show(loaded);
  });
  ui.generate.addEventListener('click', () => {
    if (!loaded) return;
    const findings = findingsForProfile(loaded.build, chosenProfile());
    const counts = countBySeverity(findings);
    if (hasErrors(findings)) {
      ui.refusalText.textContent = refusedText(counts.error);
      ui.refusal.hidden = false;
      return;
    }
    download(false);
  });
  byId('draft').addEventListener('click', () => download(true));
  byId('cancel-draft').addEventListener('click', () => {
    ui.refusal.hidden = true;
  });
  show(undefined);
}

/** One radio button per output of the core (公文, 在线, 报送), the first one checked. */
function addProfileChoices(container: HTMLElement): void {
  PROFILE_NAMES.forEach((profile, i) => {
    const label = element('label', 'profile');
    const input = element('input', '');
    input.type = 'radio';
    input.name = 'profile';
    input.value = profile;
    input.checked = i === 0;
    label.appendChild(input);
    label.appendChild(element('span', '', PROFILE_LABEL[profile]));
    container.appendChild(label);
  });
}

function chosenProfile(): ProfileName {
  const checked = document.querySelector<HTMLInputElement>(
    'input[name="profile"]:checked',
  );
  const value = checked?.value;
  return value !== undefined && isProfileName(value) ? value : DEFAULT_PROFILE;
}

/** A workbook dropped anywhere on the page opens like one chosen with the button. */
function wireDrop(
  zone: HTMLElement,
  openFile: (file: File | undefined) => void,
) {
  const hover = (on: boolean) => zone.classList.toggle('dragging', on);
  document.addEventListener('dragover', event => {
    event.preventDefault();
    hover(true);
  });
  document.addEventListener('dragleave', event => {
    if (event.relatedTarget === null) hover(false);
  });
  document.addEventListener('drop', event => {
    event.preventDefault();
    hover(false);
    openFile(event.dataTransfer?.files[0]);
  });
}
