// A web page's own stamps: when it was published or updated, its news code. Never the meeting's date or number.
export const STAMP =
  /^(?:تاریخ\s+)?(?:انتشار|(?:آخرین\s+)?(?:به\s*روز\s*(?:شده|رسانی)|بروز\s*رسانی)|کد\s+خبر|شناسه\s+خبر)|^(?:published|updated|posted|last\s+(?:updated|modified))\b/iu;
