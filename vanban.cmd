@echo off
rem vanban launcher for Windows. In the distribution (vanban-<version>.zip) it runs vanban.jar
rem beside it; in a source checkout, target\vanban.jar (built once with: mvn -DskipTests package).
rem Needs Java 17 or later. Without arguments (a double click) it opens the clerk's page: vanban serve.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%vanban.jar"
if not exist "%JAR%" set "JAR=%HERE%target\vanban.jar"
if not exist "%JAR%" (
  echo vanban: khong thay vanban.jar. Trong thu muc ma nguon, hay dung chuong trinh mot lan: mvn -DskipTests package 1>&2
  if "%~1"=="" pause
  exit /b 3
)
where java >nul 2>nul
if errorlevel 1 (
  echo vanban: can Java 17 tro len; hay cai Java ^(vi du Eclipse Temurin 17^) roi chay lai. 1>&2
  if "%~1"=="" pause
  exit /b 3
)
rem vanban writes UTF-8: the console shows Vietnamese letters only in code page 65001.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
if "%~1"=="" (
  java -Djava.awt.headless=true -jar "%JAR%" serve
  set "STATUS=%ERRORLEVEL%"
  pause
) else (
  java -Djava.awt.headless=true -jar "%JAR%" %*
  set "STATUS=%ERRORLEVEL%"
)
chcp %CODEPAGE% >nul
exit /b %STATUS%
