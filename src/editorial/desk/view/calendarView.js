// The desk view's filters and view switch, inlined by calendarHtml.ts: items stay in the page, hidden ones get `hidden`.
const form = document.querySelector('.filters');

/** The values of the ticked boxes of one group. */
function ticked(name) {
  return new Set([...form.querySelectorAll(`input[name=${name}]:checked`)].map((box) => box.value));
}

function applyFilters() {
  const networks = ticked('network');
  const statuses = ticked('status');
  const campaign = form.elements.campaign.value;
  for (const item of document.querySelectorAll('.item')) {
    const { kind, network, status } = item.dataset;
    const inCampaign = campaign === '' || (kind === 'post' && item.dataset.campaign === campaign);
    item.hidden = !(networks.has(network) && statuses.has(status) && inCampaign);
  }
}

form.addEventListener('change', applyFilters);
for (const button of form.querySelectorAll('[data-show]')) {
  button.addEventListener('click', () => {
    for (const other of form.querySelectorAll('[data-show]'))
      other.setAttribute('aria-pressed', String(other === button));
    for (const view of document.querySelectorAll('.view')) view.hidden = view.dataset.view !== button.dataset.show;
  });
}
applyFilters();
