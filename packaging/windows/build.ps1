# Builds the Windows installer with one command, from a clean clone, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (ISCC.exe; winget install
# JRSoftware.InnoSetup). Makes .venv, installs pos-app with the pinned PyInstaller, builds the
# bundle into dist\pos-app, checks it (pos-app-cli --version, pos-app-cli --smoke), then the
# installer dist\pos-app-VERSION-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
.venv\Scripts\python -m pip install --quiet --upgrade pip
.venv\Scripts\python -m pip install --quiet -c constraints.txt -e ".[packaging]"
if (Test-Path dist\pos-app) { Remove-Item -Recurse -Force dist\pos-app }
.venv\Scripts\python -m PyInstaller --noconfirm --clean --log-level WARN `
  --distpath dist --workpath build\pyinstaller packaging\pos-app.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$version = (& dist\pos-app\pos-app-cli.exe --version).Split(" ")[1]
$smoke = & dist\pos-app\pos-app-cli.exe --smoke
if ($LASTEXITCODE -ne 0 -or $smoke -ne "ok") { throw "pos-app-cli --smoke failed: $smoke" }
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\pos-app.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\pos-app-$version-setup.exe"
