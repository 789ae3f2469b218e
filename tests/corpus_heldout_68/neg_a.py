# -*- coding: utf-8 -*-
"""Negative templates, part A: administrative mail of records / access / legal offices.

No patient is ever identified here: staff, physicians, vendors, aggregates,
blank forms and look-alike numbers (serials, lots, invoices) only.
"""
import datetime

from stdnum import luhn

import common as C
import mime
from spec import mk, att, slug

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


# ---------------------------------------------------------------- look-alike numbers
def luhn_num(rng, n, first='123456789'):
    body = rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_11(rng):
    """11 digits whose last two are a mod-97 check (Belgian-number shaped lot code)."""
    base = '%02d%02d%02d%03d' % (rng.randrange(0, 99), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(1, 998))
    return base + '%02d' % (97 - int(base) % 97)


def staff_list(ctx, n, role=None):
    seen = set()
    out = []
    while len(out) < n:
        s = ctx.staff(role)
        if s.full in seen:
            continue
        seen.add(s.full)
        out.append(s)
    return out


# --------------------------------------------------------------------------- 1
def n_fee_schedule(ctx):
    chief = ctx.staff('archivist_chief')
    team = staff_list(ctx, 3, 'roi_clerk')
    eff = datetime.date(ctx.date.year + (1 if ctx.date.month > 10 else 0), 1 if ctx.date.month > 10 else ctx.date.month + 1, 1)
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour à toutes et à tous,', '',
                          ctx.t('À compter du %s, la grille des frais exigibles pour la transcription, la reproduction '
                                'et la transmission de documents est mise à jour :' % ctx.d(eff, 'long')), '',
                          '- Page photocopiée : 0,44 $',
                          '- Copie sur support numérique (clé ou portail) : 17,25 $',
                          '- Frais de recherche (assureurs, avocats) : 24,50 $ par dossier',
                          '- Aucuns frais pour l\'usager qui demande son propre dossier (consultation sur place)', '',
                          ctx.t('Rappel : les demandes des assureurs doivent toujours être accompagnées d\'une autorisation '
                                'signée de moins d\'un an. Le gabarit de facture a été mis à jour dans le répertoire commun.'),
                          '', ctx.thanks(), '', ctx.sig(chief, 'roi', disclaimer=False)])
        subj = ctx.pick(['Nouvelle grille de frais - reproduction de dossiers', 'Frais de copie %d' % eff.year,
                         'Mise à jour : tarifs accès à l\'information'])
    else:
        text = '\n'.join(['Hello team,', '',
                          ctx.t('Effective %s the fee schedule for copying and releasing records is updated:' % ctx.d(eff, 'long')), '',
                          '- Photocopy per page: $0.44', '- Electronic copy (USB or portal): $17.25',
                          '- Search fee (insurers, law firms): $24.50 per chart',
                          '- No charge for patients viewing their own chart on site', '',
                          ctx.t('Reminder: insurer requests must include a signed consent less than one year old. The invoice '
                                'template on the shared drive has been updated.'), '', ctx.thanks(), '',
                          ctx.sig(chief, 'roi', disclaimer=False)])
        subj = ctx.pick(['New fee schedule - copies of records', 'Copy fees %d' % eff.year])
    return mk(ctx, 'roi_fee_schedule', chief, team, subj, text=text, note='fee schedule update, no patient')


# --------------------------------------------------------------------------- 2
def n_roi_stats(ctx):
    chief = ctx.staff('archivist_chief')
    dirr = ctx.staff()
    q = (ctx.date.month - 1) // 3 + 1
    cats = ctx.L(['Usagers', 'Assureurs', 'Avocats', 'SAAQ', 'CNST', 'Coroner', 'Police (ordonnance)', 'DPJ', 'Autres établissements'],
                 ['Patients', 'Insurers', 'Law firms', 'SAAQ', 'Workers comp', 'Coroner', 'Police (order)', 'Youth protection', 'Other facilities'])
    rows = [[ctx.L('Type de requérant', 'Requester type'), 'T%d' % q if ctx.lang == 'fr' else 'Q%d' % q,
             ctx.L('Délai moyen (j)', 'Avg. days'), ctx.L('Hors délai', 'Over 30 days')]]
    tot = 0
    for c in cats:
        n = ctx.rng.randrange(3, 400)
        tot += n
        rows.append([c, n, ctx.rng.randrange(4, 31), ctx.rng.randrange(0, max(1, n // 10))])
    rows.append([ctx.L('Total', 'Total'), tot, '', ''])
    text = '\n'.join([ctx.greet(dirr.given), '',
                      ctx.t(ctx.L('Voici les statistiques du trimestre pour le service des archives. Le volume total est de '
                                  '%d demandes; la hausse vient surtout des assureurs (dossiers d\'invalidité).' % tot,
                                  'Here are the quarterly statistics for Health Records: %d requests in total, the increase '
                                  'coming mostly from insurers (disability files).' % tot)), '', ctx.thanks(), chief.given])
    subj = ctx.L('Statistiques accès - T%d %d', 'ROI statistics - Q%d %d') % (q, ctx.date.year)
    a = att(XLSX, mime.make_xlsx([(ctx.L('Trimestre', 'Quarter'), rows)], author=chief.full),
            ctx.L('stats_acces_T%d_%d.xlsx', 'roi_stats_Q%d_%d.xlsx') % (q, ctx.date.year))
    return mk(ctx, 'roi_statistics', chief, [dirr], subj, text=text, atts=[a], note='aggregate request statistics')


# --------------------------------------------------------------------------- 3
def n_access_procedure(ctx):
    po = ctx.staff('privacy_officer')
    items = ctx.L([
        ('h', '1. Réception'), 'Toute demande d\'accès est datée et inscrite au registre le jour de sa réception. Vérifier '
        'l\'identité du requérant (pièce d\'identité avec photo, NAM, date de naissance) avant toute communication.',
        ('h', '2. Délais'), 'Répondre dans les 20 jours; une prolongation de 10 jours est possible avec avis écrit.',
        ('h', '3. Restrictions'), 'Le médecin traitant peut recommander un refus temporaire lorsque la communication '
        'causerait un préjudice grave (ex. : notes de psychiatrie). Les renseignements concernant un tiers sont masqués.',
        ('h', '4. Personne décédée'), 'Les héritiers et liquidateurs ont accès aux renseignements nécessaires à '
        'l\'exercice de leurs droits; la cause du décès peut être communiquée au conjoint et aux proches.',
        ('h', '5. Tenue du registre'), 'Consigner la décision, la date d\'envoi et les frais.'],
        [('h', '1. Intake'), 'Each request is date-stamped and logged on receipt. Verify identity (photo ID, health card, '
         'date of birth) before releasing anything.',
         ('h', '2. Timelines'), 'Respond within 20 days; one 10-day extension with written notice.',
         ('h', '3. Restrictions'), 'The treating physician may recommend temporary refusal where disclosure could cause '
         'serious harm (e.g. psychiatric notes). Third-party information is redacted.',
         ('h', '4. Deceased persons'), 'Heirs and executors may access information needed to exercise their rights; '
         'cause of death may be disclosed to the spouse and close relatives.',
         ('h', '5. Register'), 'Record the decision, date sent and fees.'])
    title = ctx.L('Procédure — traitement des demandes d\'accès (v3.2)', 'Procedure - processing access requests (v3.2)')
    a = att(DOCX, mime.make_docx(title, items, author=po.full), ctx.L('procedure_acces_v3-2.docx', 'access_procedure_v3-2.docx'))
    to = staff_list(ctx, 2, 'roi_clerk') + [ctx.staff('archivist')]
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('La procédure révisée est jointe; les changements sont surlignés à la '
                                                    'section 4 (personnes décédées). Merci d\'en prendre connaissance avant '
                                                    'la rencontre d\'équipe.', 'The revised procedure is attached; changes '
                                                    'are highlighted in section 4 (deceased persons). Please read before the '
                                                    'team meeting.')), '', ctx.sig(po, 'privacy')])
    subj = ctx.pick(ctx.L(['Procédure révisée - demandes d\'accès', 'Mise à jour procédure v3.2'],
                          ['Revised procedure - access requests', 'Procedure update v3.2']))
    return mk(ctx, 'access_procedure', po, to, subj, text=text, atts=[a], note='procedure document, generic terms only')


# --------------------------------------------------------------------------- 4
def n_blank_form(ctx):
    clerk = ctx.staff('archivist')
    other = ctx.staff()
    fields = ctx.L([('Nom de l\'usager :', '______________________________'), ('Date de naissance :', '____ / ____ / ______'),
                    ('NAM :', '__________________'), ('No de dossier :', '____________'),
                    ('Adresse :', '____________________________________'),
                    ('Renseignements visés :', '[ ] dossier complet  [ ] urgence  [ ] imagerie  [ ] laboratoire'),
                    ('Destinataire :', '______________________________'),
                    ('Signature :', '______________________   Date : __________')],
                   [('Patient name:', '______________________________'), ('Date of birth:', '____ / ____ / ______'),
                    ('Health card no.:', '__________________'), ('MRN:', '____________'),
                    ('Address:', '____________________________________'),
                    ('Information to release:', '[ ] entire chart  [ ] ED  [ ] imaging  [ ] lab'),
                    ('Recipient:', '______________________________'),
                    ('Signature:', '______________________   Date: __________')])
    title = ctx.L('Autorisation de communiquer des renseignements (formulaire vierge)', 'Authorization to Release Information (blank)')
    intro = ctx.L('Je soussigné(e) autorise l\'établissement à communiquer les renseignements ci-dessous.',
                  'I authorize the hospital to release the information below.')
    if ctx.chance(0.5):
        a = att('application/pdf', mime.make_pdf(title, [intro, ('kv', fields)], author=clerk.full, compress=ctx.chance(0.5)),
                ctx.L('formulaire_autorisation_vierge.pdf', 'ROI_authorization_blank.pdf'))
    else:
        a = att(DOCX, mime.make_docx(title, [intro, ('kv', fields)], author=clerk.full),
                ctx.L('Autorisation_communication_v2024.docx', 'Authorization_form_v2024.docx'))
    text = '\n'.join([ctx.greet(other.given), '',
                      ctx.t(ctx.L('Voici le formulaire d\'autorisation à jour (version 2024). Merci de ne plus utiliser '
                                  'l\'ancienne version qui ne comportait pas la case « imagerie ».',
                                  'Here is the current authorization form (2024 version). Please stop using the old one '
                                  'without the imaging checkbox.')), '', ctx.thanks(), clerk.given])
    subj = ctx.pick(ctx.L(['Formulaire d\'autorisation - version à jour', 'Formulaire vierge'],
                          ['Authorization form - current version', 'Blank consent form']))
    return mk(ctx, 'blank_form', clerk, [other], subj, text=text, atts=[a], note='blank authorization form')


# --------------------------------------------------------------------------- 5
def n_lawyer_generic(ctx):
    law = ctx.ext_person('law_fr' if ctx.lang == 'fr' else 'law_en')
    clerk = ctx.staff('roi_clerk')
    if ctx.lang == 'fr':
        q = '\n'.join(['Bonjour,', '', ctx.t('Notre cabinet représente régulièrement des victimes d\'accidents de la route. '
                                             'Pourriez-vous nous indiquer la marche à suivre pour obtenir des copies de dossiers, '
                                             'les frais applicables et s\'il est possible de transmettre les autorisations par '
                                             'courriel?'), '', 'Me ' + law.full, law.org])
        r = '\n'.join([ctx.greet('Me ' + law.surname, formal=True), '',
                       ctx.t('Les demandes peuvent être transmises par courriel à notre adresse générale, accompagnées d\'une '
                             'autorisation signée par l\'usager (ou son représentant) datant de moins d\'un an. Les frais sont '
                             'de 24,50 $ par dossier plus 0,44 $ la page. Le délai habituel est de 20 jours.'),
                       'Le formulaire est disponible sur notre site.', '', ctx.sig(clerk, 'roi')])
        subj = ctx.re() + 'Procédure pour demande de copies'
    else:
        q = '\n'.join(['Hello,', '', ctx.t('Our firm regularly acts for people injured in car accidents. Could you tell us '
                                           'the process for obtaining chart copies, the fees, and whether consents can be sent '
                                           'by e-mail?'), '', law.full, law.org])
        r = '\n'.join([ctx.greet(law.full, formal=True), '',
                       ctx.t('Requests may be e-mailed to our general mailbox with a consent signed by the patient (or '
                             'representative) within the last year. Fees are $24.50 per chart plus $0.44 per page; usual '
                             'turnaround is 20 days.'), 'The form is on our website.', '', ctx.sig(clerk, 'roi')])
        subj = ctx.re() + 'Process for records requests'
    text = r + '\n\n' + ctx.quote(q, law, ctx.dt, ctx.base_subject(subj), to=clerk.email)
    return mk(ctx, 'lawyer_process_inquiry', clerk, [law], subj, text=text, reply=True,
              note='lawyer asks about process and fees; no client named')


# --------------------------------------------------------------------------- 6
def n_insurer_agreement(ctx):
    ins = ctx.ext_person('insurer_fr' if ctx.lang == 'fr' else 'insurer_en')
    po = ctx.staff('privacy_officer')
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(ins.given), '',
                          ctx.t('À compter du 1er du mois prochain, nous ne transmettrons plus de documents par télécopieur. '
                                'Votre organisation devra utiliser le portail de transfert sécurisé; les comptes sont '
                                'nominatifs et l\'authentification à deux facteurs est obligatoire.'),
                          ctx.t('Merci de nous indiquer les noms des analystes qui auront besoin d\'un accès (maximum 5).'),
                          '', ctx.sig(po, 'privacy')])
        subj = 'Fin des envois par télécopieur - portail sécurisé'
    else:
        text = '\n'.join([ctx.greet(ins.given), '',
                          ctx.t('As of the first of next month we will no longer send records by fax. Your organization will '
                                'need to use the secure transfer portal; accounts are named and two-factor authentication '
                                'is required.'), 'Please send the names of the analysts needing access (max. 5).', '',
                          ctx.sig(po, 'privacy')])
        subj = 'End of fax transmissions - secure portal'
    return mk(ctx, 'insurer_portal_notice', po, [ins], subj, text=text, note='secure portal notice to insurer, no patient')


# --------------------------------------------------------------------------- 7
def n_destruction(ctx):
    chief = ctx.staff('archivist_chief')
    ven = ctx.ext_person('vendor')
    boxes = ['B-%d-%04d' % (ctx.date.year - ctx.rng.randrange(8, 15), ctx.rng.randrange(1, 3000)) for _ in range(ctx.rng.randrange(4, 8))]
    cert = 'CD-%s' % luhn_num(ctx.rng, 9)
    rows = [[ctx.L('Boîte', 'Box'), ctx.L('Contenu', 'Contents'), ctx.L('Années', 'Years'), ctx.L('Calendrier', 'Schedule')]]
    for b in boxes:
        y = int(b[2:6])
        rows.append([b, ctx.pick(ctx.L(['Dossiers inactifs A-D', 'Requêtes de laboratoire', 'Feuilles de triage', 'Registres de demandes'],
                                        ['Inactive charts A-D', 'Lab requisitions', 'Triage sheets', 'Request registers'])),
                     '%d-%d' % (y - 1, y), ctx.pick(['R-07', 'R-12', 'R-15'])])
    text = '\n'.join([ctx.greet(ven.given), '',
                      ctx.t(ctx.L('Confirmation de la collecte des boîtes suivantes pour destruction sécurisée le %s. Merci '
                                  'de nous retourner le certificat de destruction (notre référence %s).',
                                  'Confirming pickup of the boxes below for secure destruction on %s. Please return the '
                                  'certificate of destruction (our reference %s).') % (ctx.d(ctx.date + datetime.timedelta(days=7)), cert)),
                      ''] + ['| ' + ' | '.join(map(str, r)) + ' |' for r in rows] + ['', ctx.sig(chief, 'roi')])
    subj = ctx.pick(ctx.L(['Destruction sécurisée - collecte du %s', 'Calendrier de conservation - boîtes échues %s'],
                          ['Secure destruction - pickup %s', 'Retention schedule - expired boxes %s'])) % ctx.date.isoformat()
    return mk(ctx, 'records_destruction', chief, [ven], subj, text=text,
              note='destruction pickup: box numbers and certificate ref (Luhn-valid), no patient')


# --------------------------------------------------------------------------- 8
def n_vendor_invoice(ctx):
    ven = ctx.ext_person('vendor')
    ap = ctx.staff()
    chief = ctx.staff('archivist_chief')
    inv = 'F%s' % luhn_num(ctx.rng, 9)
    po_no = 'BC-%s' % luhn_num(ctx.rng, 10)
    acct = luhn_num(ctx.rng, 9, '1234567')
    pages = ctx.rng.randrange(20000, 90000)
    amt = pages * 0.068
    if ctx.lang == 'fr':
        lines = [ctx.greet(formal=True), '',
                 'Veuillez trouver ci-joint notre facture %s pour la numérisation des dossiers inactifs (lot %d).' % (inv, ctx.rng.randrange(10, 99)),
                 '', '  Bon de commande : %s' % po_no, '  No de compte client : %s' % acct,
                 '  Pages numérisées : %s' % format(pages, ',').replace(',', ' '),
                 '  Montant avant taxes : %.2f $' % amt, '  Conditions : net 30 jours', '',
                 'Merci de votre confiance,', ven.full, ven.org]
        subj = 'Facture %s - numérisation' % inv
        title = 'Facture %s' % inv
    else:
        lines = [ctx.greet(formal=True), '',
                 'Please find attached invoice %s for scanning of inactive charts (batch %d).' % (inv, ctx.rng.randrange(10, 99)),
                 '', '  PO: %s' % po_no, '  Customer account: %s' % acct, '  Pages scanned: {:,}'.format(pages),
                 '  Amount before tax: ${:,.2f}'.format(amt), '  Terms: net 30', '', 'Thank you,', ven.full, ven.org]
        subj = 'Invoice %s - scanning services' % inv
        title = 'Invoice %s' % inv
    pdf = mime.make_pdf(title, [('kv', [('PO', po_no), (ctx.L('Compte', 'Account'), acct), ('Pages', str(pages)),
                                        (ctx.L('Montant', 'Amount'), '%.2f' % amt)])], author=ven.org, compress=ctx.chance(0.5))
    return mk(ctx, 'vendor_invoice', ven, [ap], subj, text='\n'.join(lines), cc=[chief],
              atts=[att('application/pdf', pdf, '%s.pdf' % inv)],
              note='scanning vendor invoice; Luhn-valid invoice/PO/account numbers')


# --------------------------------------------------------------------------- 9
def n_edms_downtime(ctx):
    it = ctx.staff()
    tk = 'INC%07d' % ctx.rng.randrange(10 ** 6, 10 ** 7)
    start = datetime.datetime.combine(ctx.date + datetime.timedelta(days=ctx.rng.randrange(2, 9)), datetime.time(22, 0))
    sysname = ctx.pick(['DCI', 'OACIS', 'Dossier patient électronique', 'EDMS', 'portail d\'archives'])
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour,', '',
                          ctx.t('Une interruption planifiée du %s aura lieu le %s de 22 h à 4 h (billet %s) pour la mise '
                                'à niveau du serveur d\'indexation. Pendant la panne, utilisez les procédures de relève '
                                'papier : feuilles de triage, requêtes de laboratoire et imagerie en version papier.' % (
                                    sysname, ctx.d(start.date(), 'long'), tk)),
                          ctx.t('Les archives numériseront les documents papier dès le retour du service.'), '',
                          'Équipe des technologies de l\'information', 'Poste 4357'])
        subj = '[Interruption planifiée] %s - %s' % (sysname, start.date().isoformat())
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('A planned outage of %s will take place on %s from 10 p.m. to 4 a.m. (ticket %s) to upgrade '
                                'the indexing server. Use paper downtime procedures: triage sheets, lab and imaging '
                                'requisitions on paper.' % (sysname, ctx.d(start.date(), 'long'), tk)),
                          'Health Records will scan paper documents once service resumes.', '', 'IT Service Desk', 'ext. 4357'])
        subj = '[Planned outage] %s - %s' % (sysname, start.date().isoformat())
    return mk(ctx, 'it_downtime', (it.full, 'servicedesk@' + ctx.hosp['domain']), [(ctx.L('Tous les utilisateurs', 'All users'), 'tous@' + ctx.hosp['domain'])],
              subj, text=text, note='IT outage notice with clinical vocabulary')


# --------------------------------------------------------------------------- 10
def n_equipment(ctx):
    it = ctx.staff()
    chief = ctx.staff('archivist_chief')
    sn = 'SN %s' % luhn_num(ctx.rng, 10)
    imei = luhn_num(ctx.rng, 15, '3')
    asset = luhn_num(ctx.rng, 9, '1234567')
    lot = mod97_11(ctx.rng)
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('Le télécopieur du local des archives (actif %s, %s) sera remplacé jeudi par un appareil '
                                'multifonction avec envoi vers courriel sécurisé. L\'ancien appareil sera effacé puis '
                                'détruit; le disque dur est dans le lot de destruction %s.' % (asset, sn, lot)),
                          ctx.t('Le cellulaire de garde de la commissaire (IMEI %s) est aussi remplacé; merci de le '
                                'rapporter au comptoir TI.' % imei), '', ctx.thanks(), it.full, 'Technicien(ne) TI'])
        subj = ctx.pick(['Remplacement télécopieur archives', 'Équipement - remplacement jeudi'])
    else:
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('The fax machine in the Health Records office (asset %s, %s) will be replaced Thursday by a '
                                'multifunction device with secure scan-to-email. The old unit will be wiped and destroyed; '
                                'the hard drive is in destruction lot %s.' % (asset, sn, lot)),
                          ctx.t('The commissioner\'s on-call phone (IMEI %s) is also being replaced; please drop it at the '
                                'IT counter.' % imei), '', ctx.thanks(), it.full, 'IT Technician'])
        subj = ctx.pick(['Fax replacement - Health Records', 'Equipment swap Thursday'])
    return mk(ctx, 'equipment_serials', it, [chief], subj, text=text,
              note='equipment replacement: Luhn-valid asset/IMEI and mod-97 lot numbers')


# --------------------------------------------------------------------------- 11
def n_courier(ctx):
    clerk = ctx.staff('roi_clerk')
    cour = ('Messagerie Rapido-Nord', 'ramassage@rapido-nord.example')
    wb = [luhn_num(ctx.rng, 12) for _ in range(ctx.rng.randrange(2, 5))]
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Merci de prévoir un ramassage demain avant 15 h au quai de livraison (porte 4) pour %d '
                                'enveloppes scellées destinées à des cabinets d\'avocats et à un assureur.' % len(wb)),
                          'Connaissements :'] + ['- %s' % w for w in wb] +
                         ['', 'Compte client : %s' % luhn_num(ctx.rng, 8), '', ctx.sig(clerk, 'roi', disclaimer=False)])
        subj = 'Ramassage demain - %d envois' % len(wb)
    else:
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Please schedule a pickup tomorrow before 3 p.m. at the loading dock (door 4) for %d sealed '
                                'envelopes going to law firms and an insurer.' % len(wb)), 'Waybills:'] +
                         ['- %s' % w for w in wb] + ['', 'Account: %s' % luhn_num(ctx.rng, 8), '',
                                                     ctx.sig(clerk, 'roi', disclaimer=False)])
        subj = 'Pickup tomorrow - %d parcels' % len(wb)
    return mk(ctx, 'courier_pickup', clerk, [cour], subj, text=text, note='courier pickup with waybill numbers')


# --------------------------------------------------------------------------- 12
def n_staff_schedule(ctx):
    chief = ctx.staff('archivist_chief')
    team = staff_list(ctx, ctx.rng.randrange(4, 7), 'roi_clerk')
    days = ctx.L(['Lun', 'Mar', 'Mer', 'Jeu', 'Ven'], ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
    lines = ['| ' + ' | '.join([ctx.L('Employé(e)', 'Employee')] + days) + ' |']
    for s in team:
        cells = [ctx.pick(['8-16', '8-16', '9-17', '7h30-15h30' if ctx.lang == 'fr' else '7:30-3:30',
                           ctx.L('congé', 'off'), ctx.L('télétravail', 'WFH'), ctx.L('formation', 'training')]) for _ in days]
        lines.append('| ' + ' | '.join(['%s %s.' % (s.given, s.surname[0])] + cells) + ' |')
    text = '\n'.join([ctx.greet(ctx.L('l\'équipe', 'team')), '',
                      ctx.t(ctx.L('Horaire de la semaine du %s. Le comptoir d\'accès doit être couvert de 8 h à 16 h en tout temps.',
                                  'Schedule for the week of %s. The front counter must be covered 8-4 at all times.')
                            % ctx.d(ctx.date, 'long')), ''] + lines +
                     ['', ctx.L('Vacances d\'été : les demandes doivent être déposées avant le 1er avril.',
                                'Summer vacation requests are due by April 1.'), '', chief.given])
    subj = ctx.L('Horaire semaine du %s', 'Schedule week of %s') % ctx.date.isoformat()
    return mk(ctx, 'staff_schedule', chief, team, subj, text=text, note='staff schedule table (staff names only)')


# --------------------------------------------------------------------------- 13
def n_staff_leave(ctx):
    hr = ctx.staff()
    emp = ctx.staff('roi_clerk')
    chief = ctx.staff('archivist_chief')
    cond = ctx.pick(ctx.L(['une chirurgie au genou', 'une fracture de la cheville', 'un épuisement professionnel',
                           'une chirurgie de la main'], ['knee surgery', 'an ankle fracture', 'burnout', 'hand surgery']))
    back = ctx.date + datetime.timedelta(days=ctx.rng.randrange(14, 60))
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('Pour ta planification : %s (matricule %d) est en invalidité à la suite de %s. Le retour '
                                'progressif est prévu le %s, à raison de trois jours par semaine, sans port de charges '
                                'de plus de 5 kg (boîtes d\'archives).' % (emp.full, ctx.rng.randrange(100000, 999999), cond,
                                                                          ctx.d(back))),
                          ctx.t('Le dossier est suivi par le bureau de santé et sécurité au travail; merci de ne pas '
                                'diffuser cette information au-delà de ce qui est nécessaire.'), '', hr.full,
                          'Conseillère en gestion de l\'invalidité, Ressources humaines'])
        subj = ctx.pick(['Retour progressif - %s' % emp.full, 'Absence employé(e) - planification'])
    else:
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('For planning: %s (employee %d) is on disability leave following %s. A graduated return '
                                'is planned for %s, three days a week, no lifting over 5 kg (archive boxes).' % (
                                    emp.full, ctx.rng.randrange(100000, 999999), cond, ctx.d(back))),
                          'Occupational health is following the file; please keep this need-to-know.', '', hr.full,
                          'Disability Management Advisor, Human Resources'])
        subj = ctx.pick(['Graduated return - %s' % emp.full, 'Employee absence - planning'])
    return mk(ctx, 'hr_staff_leave', hr, [chief], subj, text=text,
              note='HR / occupational health about an employee (staff, not patient)')


# --------------------------------------------------------------------------- 14
def n_job_posting(ctx):
    hr = ctx.staff()
    num = '%s-%d-%03d' % (ctx.pick(['AFF', 'POST']), ctx.date.year, ctx.rng.randrange(1, 999))
    if ctx.lang == 'fr':
        text = '\n'.join(['Affichage %s' % num, '',
                          'Titre d\'emploi : Archiviste médical(e) — poste permanent temps complet',
                          'Service : Archives médicales / Accès à l\'information',
                          'Échelle salariale : 27,08 $ à 46,09 $ / heure',
                          '', 'Principales fonctions :',
                          '- Analyser les dossiers et coder les diagnostics et interventions (CIM-10-CA, CCI)',
                          '- Traiter les demandes d\'accès des usagers, assureurs, avocats et corps policiers',
                          '- Participer aux audits de qualité de la documentation',
                          '', 'Exigences : DEC en archivistique médicale; membre de l\'association professionnelle.',
                          'Date limite : %s' % ctx.d(ctx.date + datetime.timedelta(days=14), 'long'), '',
                          hr.full, 'Dotation, Ressources humaines'])
        subj = 'Affichage %s - Archiviste médical(e)' % num
    else:
        text = '\n'.join(['Posting %s' % num, '', 'Title: Health Information Management Professional - permanent full time',
                          'Department: Health Records / Release of Information', 'Salary: $27.08 to $46.09 / hour', '',
                          'Main duties:', '- Abstract and code diagnoses and interventions (ICD-10-CA, CCI)',
                          '- Process access requests from patients, insurers, lawyers and police',
                          '- Take part in documentation quality audits', '',
                          'Requirements: HIM diploma; CHIMA certification.',
                          'Closing date: %s' % ctx.d(ctx.date + datetime.timedelta(days=14), 'long'), '', hr.full,
                          'Talent Acquisition, Human Resources'])
        subj = 'Job posting %s - HIM professional' % num
    return mk(ctx, 'job_posting', hr, [(ctx.L('Tout le personnel', 'All staff'), 'tous@' + ctx.hosp['domain'])], subj,
              text=text, note='job posting with diagnosis-coding vocabulary')


# --------------------------------------------------------------------------- 15
def n_templates_zip(ctx):
    po = ctx.staff('privacy_officer')
    team = staff_list(ctx, 3, 'roi_clerk')
    names = ctx.L(['Gabarit_accuse_reception.docx', 'Gabarit_refus_partiel.docx', 'Gabarit_prolongation_delai.docx',
                   'Gabarit_lettre_heritiers.docx'],
                  ['Template_acknowledgement.docx', 'Template_partial_refusal.docx', 'Template_extension.docx',
                   'Template_heirs_letter.docx'])
    files = []
    for n in names:
        body = ctx.L(['«DATE»', '', '«NOM_REQUÉRANT»', '«ADRESSE»', '', 'Objet : Votre demande d\'accès no «NO_DEMANDE»', '',
                      'Madame, Monsieur,', 'Nous accusons réception de votre demande concernant le dossier de «NOM_USAGER» '
                      '(«NO_DOSSIER»). Une réponse vous sera transmise d\'ici le «DATE_LIMITE».', '', '«SIGNATAIRE»'],
                     ['«DATE»', '', '«REQUESTER_NAME»', '«ADDRESS»', '', 'Re: Your access request «REQUEST_NO»', '',
                      'Dear «SALUTATION»,', 'We acknowledge your request concerning the chart of «PATIENT_NAME» («MRN»). '
                      'A response will be sent by «DUE_DATE».', '', '«SIGNATORY»'])
        files.append((n, mime.make_docx(n[:-5].replace('_', ' '), body, author=po.full)))
    z = mime.make_zip(files)
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('Vous trouverez dans le fichier compressé les gabarits de lettres '
                                                    'révisés avec les champs de fusion. Merci de supprimer les anciennes versions.',
                                                    'The zip file contains the revised letter templates with merge fields. '
                                                    'Please delete the old versions.')), '', ctx.sig(po, 'privacy')])
    subj = ctx.L('Gabarits de lettres révisés', 'Revised letter templates')
    return mk(ctx, 'letter_templates_zip', po, team, subj, text=text,
              atts=[att('application/zip', z, ctx.L('gabarits_lettres_2024.zip', 'letter_templates_2024.zip'))],
              note='ZIP of blank letter templates with merge fields')


# --------------------------------------------------------------------------- 16
def n_budget(ctx):
    chief = ctx.staff('archivist_chief')
    fin = ctx.staff()
    rows = [[ctx.L('Poste', 'Line'), ctx.L('Budget', 'Budget'), ctx.L('Réel P%d', 'Actual P%d') % ctx.date.month, ctx.L('Écart', 'Variance')]]
    for lbl in ctx.L(['Salaires - archivistes', 'Salaires - agentes administratives', 'Heures supplémentaires',
                      'Numérisation (sous-traitance)', 'Destruction sécurisée', 'Messagerie', 'Fournitures'],
                     ['Salaries - HIM', 'Salaries - clerks', 'Overtime', 'Scanning (outsourced)', 'Secure destruction',
                      'Courier', 'Supplies']):
        b = ctx.rng.randrange(5, 900) * 1000
        r = int(b * ctx.rng.uniform(0.7, 1.25))
        rows.append([lbl, b, r, r - b])
    a = att(XLSX, mime.make_xlsx([('Budget', rows)], author=chief.full), ctx.L('suivi_budgetaire_P%02d.xlsx', 'budget_tracking_P%02d.xlsx') % ctx.date.month)
    text = '\n'.join([ctx.greet(fin.given), '', ctx.t(ctx.L('Voici le suivi budgétaire de la période. Le dépassement en heures '
                                                             'supplémentaires s\'explique par le rattrapage des demandes d\'assureurs.',
                                                             'Budget tracking for the period attached. The overtime overrun is '
                                                             'due to the insurer request backlog.')), '', chief.given])
    return mk(ctx, 'budget_tracking', chief, [fin], ctx.L('Suivi budgétaire P%d', 'Budget tracking P%d') % ctx.date.month,
              text=text, atts=[a], note='budget spreadsheet')


# --------------------------------------------------------------------------- 17
def n_facilities(ctx):
    chief = ctx.staff('archivist_chief')
    fac = ctx.staff()
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(fac.given), '',
                          ctx.t('Pour le déménagement de la salle des dossiers du sous-sol (local S-114) vers le 2e étage :'),
                          '- 6 bacs de déchiquetage verrouillés supplémentaires',
                          '- changement des serrures et cartes d\'accès (liste des 9 employés autorisés à suivre)',
                          '- vérification des gicleurs au-dessus des rayonnages mobiles',
                          '', ctx.t('Le déménagement est prévu la fin de semaine du %s. Aucun dossier ne doit rester sans '
                                    'surveillance dans les corridors.' % ctx.d(ctx.date + datetime.timedelta(days=20), 'long')),
                          '', ctx.thanks(), chief.full])
        subj = 'Déménagement salle des dossiers S-114'
    else:
        text = '\n'.join([ctx.greet(fac.given), '', 'For the move of the basement file room (S-114) to the 2nd floor:',
                          '- 6 more locked shredding bins', '- new locks and access cards (list of 9 authorized staff to follow)',
                          '- sprinkler check above the mobile shelving', '',
                          ctx.t('The move is planned for the weekend of %s. No charts may be left unattended in corridors.'
                                % ctx.d(ctx.date + datetime.timedelta(days=20), 'long')), '', ctx.thanks(), chief.full])
        subj = 'File room move S-114'
    return mk(ctx, 'facilities_move', chief, [fac], subj, text=text, note='facilities request')


# --------------------------------------------------------------------------- 18
def n_training(ctx):
    po = ctx.staff('privacy_officer')
    spk = [ctx.staff('legal'), ctx.staff('archivist_chief'), ctx.doctor()]
    when = ctx.date + datetime.timedelta(days=ctx.rng.randrange(7, 40))
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour,', '',
                          ctx.t('Une formation obligatoire sur les nouvelles règles de communication des renseignements de '
                                'santé aura lieu le %s, de 13 h à 16 h, à l\'amphithéâtre B.' % ctx.d(when, 'long')), '',
                          'Programme :',
                          '- Me %s : consentement, mandat de protection et personnes décédées' % spk[0].full,
                          '- %s : le registre des communications et les délais' % spk[1].full,
                          '- %s%s (%s) : communiquer un diagnostic de santé mentale sans causer préjudice' % (spk[2].dr, spk[2].full, spk[2].spec[0]),
                          '', 'Inscription via l\'intranet.', '', ctx.sig(po, 'privacy', disclaimer=False)])
        subj = 'Formation obligatoire - communication des renseignements de santé'
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('Mandatory training on the new rules for disclosing health information will be held on %s, '
                                '1-4 p.m., Auditorium B.' % ctx.d(when, 'long')), '', 'Agenda:',
                          '- %s, counsel: consent, powers of attorney and deceased persons' % spk[0].full,
                          '- %s: the disclosure register and timelines' % spk[1].full,
                          '- %s%s (%s): discussing a mental health diagnosis without causing harm' % (spk[2].dr, spk[2].full, spk[2].spec[1]),
                          '', 'Register on the intranet.', '', ctx.sig(po, 'privacy', disclaimer=False)])
        subj = 'Mandatory training - disclosure of health information'
    return mk(ctx, 'training_notice', po, [(ctx.L('Gestionnaires', 'Managers'), 'gestionnaires@' + ctx.hosp['domain'])],
              subj, text=text, note='training notice: speakers and topics')


# --------------------------------------------------------------------------- 19
def n_request_mix(ctx):
    chief = ctx.staff('archivist_chief')
    dirr = ctx.staff('quality_director')
    n1, n2, n3, n4 = [ctx.rng.randrange(8, 120) for _ in range(4)]
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(dirr.given), '',
                          ctx.t('Pour le rapport annuel : cette année, %d demandes de la SAAQ portaient sur des traumatismes '
                                'craniocérébraux légers, %d demandes d\'assureurs sur des dépressions majeures, %d demandes '
                                'de la CNST sur des lombalgies et %d demandes d\'avocats pour des chutes en CHSLD.' % (n1, n2, n3, n4)),
                          ctx.t('Aucune donnée nominative n\'est incluse; ventilation par mois disponible au besoin.'),
                          '', ctx.thanks(), chief.given])
        subj = 'Données rapport annuel - profil des demandes'
    else:
        text = '\n'.join([ctx.greet(dirr.given), '',
                          ctx.t('For the annual report: this year %d SAAQ requests concerned mild traumatic brain injury, %d '
                                'insurer requests major depression, %d workers comp requests low back pain and %d law firm '
                                'requests falls in long-term care.' % (n1, n2, n3, n4)),
                          'No identifying data included; monthly breakdown available.', '', ctx.thanks(), chief.given])
        subj = 'Annual report data - request profile'
    return mk(ctx, 'request_profile_aggregate', chief, [dirr], subj, text=text,
              note='aggregate counts by diagnosis category')


TEMPLATES = [
    (n_fee_schedule, ('fr', 'en')),
    (n_roi_stats, ('fr', 'en')),
    (n_access_procedure, ('fr', 'en')),
    (n_blank_form, ('fr', 'en')),
    (n_lawyer_generic, ('fr', 'en')),
    (n_insurer_agreement, ('fr', 'en')),
    (n_destruction, ('fr', 'en')),
    (n_vendor_invoice, ('fr', 'en')),
    (n_edms_downtime, ('fr', 'en')),
    (n_equipment, ('fr', 'en')),
    (n_courier, ('fr', 'en')),
    (n_staff_schedule, ('fr', 'en')),
    (n_staff_leave, ('fr', 'en')),
    (n_job_posting, ('fr', 'en')),
    (n_templates_zip, ('fr', 'en')),
    (n_budget, ('fr', 'en')),
    (n_facilities, ('fr', 'en')),
    (n_training, ('fr', 'en')),
    (n_request_mix, ('fr', 'en')),
]
