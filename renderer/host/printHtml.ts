/** Prints a self-contained HTML document through a hidden frame: the browser's "Save as PDF". */
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.sandbox.add('allow-modals', 'allow-same-origin');
    frame.srcdoc = html;
    frame.onload = () => {
      const view = frame.contentWindow;
      if (!view) {
        frame.remove();
        reject(new Error('The print frame did not load.'));
        return;
      }
      view.addEventListener('afterprint', () => frame.remove(), { once: true });
      view.print();
      resolve();
    };
    document.body.append(frame);
  });
}
