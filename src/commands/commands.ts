/*
 * The manifest's FunctionFile. The ribbon button uses ShowTaskpane, which needs no code, but
 * Office still loads this page and waits for Office.js to initialise in it.
 */
Office.onReady(() => {
  // Nothing to register: the add-in has no ExecuteFunction commands.
});
