// The one script of the desk: the Jalali date picker (served from its package beside this file) on every field
// marked data-jdp. Each page works without it: typing a date, in Persian or Latin digits, is always read the same.
(() => {
  const picker = window.jalaliDatepicker;
  if (!picker) return;
  picker.startWatch({
    persianDigits: document.documentElement.lang === 'fa',
    // Typing stays possible everywhere, a phone included; the picker only helps.
    autoReadOnlyInput: false,
    showCloseBtn: true,
  });
})();
