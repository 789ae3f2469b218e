"""Negative (non-confidential) templates, part A: staff, HR, finance, IT, facilities, notices."""
import datetime

import gen_attach as A
import gen_data as D
from gen_pos_a import join
from stdnum import luhn


def nspec(ctx, category, subject, frm, to, body, note, cc=None, attachments=None, **kw):
    d = dict(lang=ctx.lang, category=category, subject=subject, from_=frm, to=to, cc=cc or [], body=body,
             attachments=attachments or [], types=[], ids=[], note=note)
    d.update(kw)
    return d


def luhn9(ctx):
    base = ctx.rng.choice('123456789') + ctx.gen.digits(7)
    return base + luhn.calc_check_digit(base)


def asset_tag(ctx):
    """A 4-letter + 8-digit asset tag: looks like a NAM, is not one."""
    r = ctx.rng
    pre = r.choice(['EQPT', 'NEUR', 'BIOM', 'ATEC', 'MOBL', 'INVT', 'GBMX'])
    return '%s %s %s' % (pre, ctx.gen.digits(4), ctx.gen.digits(4))


def dl(ctx, where, local):
    """A distribution list at a given site (dict) or at a random site of a kind (str)."""
    s = where if isinstance(where, dict) else ctx.site(where)
    return (ctx.t('Liste de diffusion', 'Distribution list') + ' ' + s['short'], '%s@%s' % (local, s['dom'])), s


# --------------------------------------------------------------------------- N1 on-call schedule
def n_oncall(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    chief = ctx.person('chief', s)
    month = r.randint(1, 12)
    mname = (D.MONTHS_FR if ctx.fr else D.MONTHS_EN)[month - 1]
    docs = [ctx.person('neuro', s) for _ in range(5)]
    res = [ctx.person('resident', s) for _ in range(4)]
    hdr = ctx.t('Semaine | Garde AVC (thrombolyse/EVT) | Garde neuro générale | Résident | Pagette',
                'Week | Stroke call (lysis/EVT) | General neuro call | Resident | Pager')
    rows = [hdr]
    for w in range(4):
        rows.append('%d-%d | %s | %s | %s | %d' % (1 + 7 * w, 7 + 7 * w, ctx.dname(r.choice(docs)), ctx.dname(r.choice(docs)),
                                                 ctx.dname(r.choice(res), False), r.randint(1000, 4999)))
    swap = r.choice(docs)
    if ctx.fr:
        txt = ('Voici l\'horaire de garde de %s. Prendre note que %s sera remplacé(e) le %d (congrès de la SQNS). '
               'Les échanges doivent être approuvés par moi et transmis à la téléphonie.' % (mname, ctx.dname(swap), r.randint(2, 27)))
        subj = ctx.c('Horaire de garde neurologie - %s' % mname, 'Garde AVC %s - version finale' % mname, 'Horaire de garde %s (v2)' % mname)
    else:
        txt = ('Here is the %s call schedule. Note that %s will be replaced on the %dth (conference). '
               'Swaps must be approved by me and sent to switchboard.' % (mname, ctx.dname(swap), r.randint(4, 20)))
        subj = ctx.c('Neurology call schedule - %s' % mname, 'Stroke call %s - final' % mname)
    atts = []
    if r.random() < 0.4:
        x = A.make_xlsx([(mname, [c.split(' | ') for c in rows])], author=ctx.dname(chief))
        atts.append(dict(kind='xlsx', filename=ctx.t('horaire_garde_%s.xlsx', 'call_schedule_%s.xlsx') % D.strip_accents(mname), data=x))
        body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(chief))
    else:
        body = join(ctx.hello(), txt, '\n'.join(rows), ctx.bye(), ctx.signature(chief))
    to, _ = dl(ctx, s, 'neuro.md')
    return nspec(ctx, 'horaire_garde' if ctx.fr else 'oncall_schedule', subj, ctx.addr(chief), [to], body,
                 'physician on-call roster', attachments=atts)


# --------------------------------------------------------------------------- N2 leave request
def n_leave(ctx):
    r = ctx.rng
    s = ctx.site()
    emp = ctx.person(ctx.c('nurse', 'pt', 'ot', 'slp', 'clerk'), s)
    mgr = ctx.person('manager', s)
    d1 = datetime.date(2025, r.randint(6, 8), r.randint(1, 14))
    d2 = d1 + datetime.timedelta(days=r.choice([7, 14, 21]))
    if ctx.fr:
        reason = ctx.c('vacances d\'été', 'congé sans solde', 'congé de paternité' if emp['sex'] == 'M' else 'congé de maternité (préretrait)',
                       'congé pour affaires familiales')
        txt = ('Je souhaite faire une demande de %s du %s au %s inclusivement. %s a accepté d\'échanger sa fin de semaine '
               'avec moi. Mon formulaire est dans le casier.' % (reason, d1.strftime('%d/%m'), d2.strftime('%d/%m'),
                                                                 ctx.person('nurse', s)['given']))
        subj = ctx.c('Demande de congé', 'Vacances été 2025', 'Demande - %s' % reason)
        reply = ctx.c('Approuvé, bonnes vacances!', 'OK pour moi, je mets à jour l\'horaire.', 'Reçu, je te reviens après la rencontre des chefs.')
    else:
        reason = ctx.c('summer vacation', 'unpaid leave', 'parental leave', 'family leave')
        txt = ('I would like to request %s from %s to %s inclusive. %s agreed to swap weekends with me. '
               'Form is in your mailbox.' % (reason, d1.strftime('%b %d'), d2.strftime('%b %d'), ctx.person('nurse', s)['given']))
        subj = ctx.c('Leave request', 'Summer vacation 2025', 'Request - %s' % reason)
        reply = ctx.c('Approved, enjoy!', 'Fine with me, updating the schedule.', 'Received, will get back to you after the managers meeting.')
    if r.random() < 0.5:
        body = join(reply, ctx.signature(mgr, short=True), '> ' + txt.replace('\n', '\n> '))
        return nspec(ctx, 'demande_conge' if ctx.fr else 'leave_request', 'RE: ' + subj, ctx.addr(mgr), [ctx.addr(emp)],
                     body, 'leave request and manager reply')
    body = join(ctx.hello(mgr), txt, ctx.bye(), ctx.signature(emp, short=True))
    return nspec(ctx, 'demande_conge' if ctx.fr else 'leave_request', subj, ctx.addr(emp), [ctx.addr(mgr)], body,
                 'staff leave request')


# --------------------------------------------------------------------------- N3 employee occupational health
def n_employee_health(ctx):
    r = ctx.rng
    s = ctx.site()
    hr = ctx.person('hr', s)
    mgr = ctx.person('manager', s)
    emp = ctx.person(ctx.c('nurse', 'pt', 'clerk'), s)
    v = r.randint(0, 2)
    if v == 0:
        if ctx.fr:
            txt = ('Suite à la déclaration d\'événement de %s (entorse lombaire lors d\'un transfert lit-fauteuil le %d février), '
                   'la réclamation CNESST est ouverte. Assignation temporaire proposée : tâches administratives 4 h/jour, '
                   'pas de manipulation de charges. Rencontre de suivi avec le bureau de santé la semaine prochaine.'
                   % (ctx.dname(emp), r.randint(2, 26)))
            subj = 'SST - assignation temporaire %s' % emp['surname']
        else:
            txt = ('Following the incident report for %s (low back strain during a bed-to-chair transfer on February %d), '
                   'the CNESST claim is open. Proposed temporary assignment: admin tasks 4 h/day, no lifting. '
                   'Follow-up with employee health next week.' % (ctx.dname(emp), r.randint(2, 26)))
            subj = 'OHS - temporary assignment %s' % emp['surname']
        note = 'employee\'s own occupational injury (staff, not patient)'
        to = [ctx.addr(mgr)]
    elif v == 1:
        when = ctx.when()
        if ctx.fr:
            txt = ('La clinique de vaccination antigrippale pour le personnel aura lieu %s à la salle 2.104. '
                   'Apportez votre carte d\'employé. Les employés ayant une allergie aux œufs ou ayant eu un syndrome de '
                   'Guillain-Barré doivent consulter le bureau de santé avant.' % ctx.fdate(when))
            subj = 'Vaccination antigrippale - personnel'
        else:
            txt = ('The staff flu vaccine clinic will be held %s in room 2.104. Bring your employee badge. Staff with an '
                   'egg allergy or a history of Guillain-Barre syndrome should contact employee health first.' % ctx.fdate(when))
            subj = 'Staff flu vaccination clinic'
        note = 'staff vaccination clinic notice'
        to = [dl(ctx, s, 'personnel')[0]]
    else:
        if ctx.fr:
            txt = ('Rappel : les nouveaux employés de l\'unité AVC doivent compléter le test cutané de tuberculose (TCT 2 étapes) '
                   'et l\'essai d\'ajustement N95 avant le %d mars. %s, %s : il vous manque la 2e lecture.'
                   % (r.randint(5, 28), ctx.dname(ctx.person('nurse', s)), ctx.dname(ctx.person('pt', s))))
            subj = 'Rappel - TCT et fit test N95'
        else:
            txt = ('Reminder: new stroke unit staff must complete the 2-step TB skin test and N95 fit testing before March %d. '
                   '%s, %s: your second reading is missing.' % (r.randint(5, 28), ctx.dname(ctx.person('nurse', s)),
                                                                ctx.dname(ctx.person('pt', s))))
            subj = 'Reminder - TST and N95 fit test'
        note = 'staff TB test / fit-test reminder'
        to = [ctx.addr(mgr)]
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(hr))
    return nspec(ctx, 'sante_travail' if ctx.fr else 'employee_health', subj, ctx.addr(hr), to, body, note)


# --------------------------------------------------------------------------- N4 payroll
def n_payroll(ctx):
    r = ctx.rng
    s = ctx.site()
    pay = ctx.person('hr', s)
    emp = ctx.person(ctx.c('nurse', 'resident', 'pt', 'slp'), s)
    mat = ctx.gen.digits(6)
    period = r.randint(1, 26)
    hrs = r.choice([7.25, 11.5, 15, 22.5])
    if ctx.fr:
        txt = ('Matricule %s - période de paie %d\nLes %s heures de garde de fin de semaine (unité AVC) n\'apparaissent pas sur '
               'votre relevé. La correction sera faite à la paie du %d %s. Prime de soir et prime de soins critiques incluses.'
               % (mat, period, ctx.num(hrs, 2), r.randint(1, 28), ctx.c('avril', 'mai', 'juin')))
        subj = ctx.c('Correction de paie', 'Paie - heures de garde manquantes', 'Votre relevé de paie période %d' % period)
    else:
        txt = ('Employee # %s - pay period %d\nThe %s weekend on-call hours (stroke unit) are missing from your statement. '
               'The correction will be on the %s pay. Evening and critical-care premiums included.'
               % (mat, period, ctx.num(hrs, 2), ctx.c('April 11', 'May 9', 'June 6')))
        subj = ctx.c('Payroll correction', 'Pay - missing on-call hours', 'Your pay statement period %d' % period)
    body = join(ctx.hello(emp), txt, ctx.bye(), ctx.signature(pay))
    return nspec(ctx, 'paie' if ctx.fr else 'payroll', subj, ctx.addr(pay), [ctx.addr(emp)], body, 'payroll correction for an employee')


# --------------------------------------------------------------------------- N11 invoice
ITEMS = [('Cathéter d\'aspiration 0,071"', 'Aspiration catheter 0.071"', 1450.00),
         ('Stent retriever 4 x 40 mm', 'Stent retriever 4 x 40 mm', 6200.00),
         ('Microcathéter 0,021"', 'Microcatheter 0.021"', 890.00),
         ('Introducteur long 8F', '8F long sheath', 310.00),
         ('Guide 0,014" 200 cm', '0.014" guidewire 200 cm', 145.00),
         ('Électrodes EEG jetables (boîte de 100)', 'Disposable EEG electrodes (box of 100)', 212.50),
         ('Pompe volumétrique (location mensuelle)', 'Volumetric pump (monthly rental)', 95.00)]


def n_invoice(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    buyer = ctx.person('buyer', s)
    vendor = ctx.c('NeuroVasc Médical inc.', 'Cerebra Devices Canada', 'Medisphère Distribution', 'Lumen Neuro Ltd.')
    vdom = ctx.c('neurovasc.example', 'cerebra-devices.example', 'medisphere.example', 'lumenneuro.example')
    inv = 'F-%d-%05d' % (2025, r.randint(100, 99999))
    po = 'PO-%06d' % r.randint(100000, 999999)
    tps = luhn9(ctx)
    rows = [[ctx.t('Article', 'Item'), ctx.t('Lot', 'Lot'), ctx.t('N° de série', 'Serial #'), ctx.t('Qté', 'Qty'),
             ctx.t('Prix unitaire', 'Unit price'), 'Total']]
    total = 0.0
    for it in r.sample(ITEMS, r.randint(2, 4)):
        q = r.randint(1, 6)
        total += q * it[2]
        rows.append([it[0] if ctx.fr else it[1], '%s%s' % (ctx.c('L', 'LOT'), ctx.gen.digits(7)),
                     ctx.c(luhn9(ctx), luhn9(ctx), ctx.gen.digits(10), 'SN' + ctx.gen.digits(8)), str(q),
                     ctx.num(it[2], 2), ctx.num(q * it[2], 2)])
    lines = [ctx.t('Facture', 'Invoice') + ' ' + inv, ctx.t('Bon de commande : ', 'Purchase order: ') + po,
             ctx.t('Client : ', 'Customer: ') + s['name'] + ctx.t(' - salle d\'angiographie', ' - angiography suite'),
             'TPS/GST %s RT0001   TVQ/QST %s TQ0001' % (tps, ctx.gen.digits(10))]
    pdf_lines = ['# ' + vendor] + lines + [' | '.join(x) for x in rows] + [ctx.t('Total avant taxes : ', 'Subtotal: ') + ctx.num(total, 2) + ' $',
                                                                            ctx.t('Conditions : net 30 jours', 'Terms: net 30 days')]
    pdf = A.make_pdf(pdf_lines, title=inv, compress=r.random() < 0.5)
    ar = ctx.gen.staff(ctx.lang)
    body = join(ctx.hello(buyer), ctx.t('Veuillez trouver ci-jointe la facture %s pour le bon de commande %s.' % (inv, po),
                                        'Please find attached invoice %s for PO %s.' % (inv, po)),
                ctx.t('Les numéros de série et de lot sont indiqués pour la traçabilité.', 'Serial and lot numbers are listed for traceability.'),
                ctx.bye(), '%s %s\n%s\n%s' % (ar['given'], ar['surname'], ctx.t('Comptes clients', 'Accounts receivable'), vendor))
    return nspec(ctx, 'facture' if ctx.fr else 'invoice', ctx.t('Facture ', 'Invoice ') + inv,
                 ('%s %s' % (ar['given'], ar['surname']), 'ar@' + vdom), [ctx.addr(buyer)], body,
                 'device invoice with lot and (checksum-valid) serial numbers',
                 attachments=[dict(kind='pdf', filename='%s.pdf' % inv, data=pdf)])


# --------------------------------------------------------------------------- N12 purchase order / equipment
def n_purchase_order(ctx):
    r = ctx.rng
    s = ctx.site()
    buyer = ctx.person('buyer', s)
    mgr = ctx.person('manager', s)
    po = 'BC-%06d' % r.randint(100000, 999999)
    items_fr = ['Fauteuil roulant manuel 18"', 'Marchette 4 roues', 'Lève-personne sur rail', 'Table de verticalisation',
                'Chaise d\'aisance', 'Coussin de positionnement', 'Ordinateur portable (télé-AVC)']
    items_en = ['Manual wheelchair 18"', '4-wheel walker', 'Ceiling lift', 'Tilt table', 'Commode chair',
                'Positioning cushion', 'Laptop (telestroke cart)']
    lines = []
    for i in r.sample(range(len(items_fr)), r.randint(3, 5)):
        lines.append('- %s x %d - %s %s' % ((items_fr if ctx.fr else items_en)[i], r.randint(1, 4),
                                            ctx.t('étiquette d\'actif', 'asset tag'), asset_tag(ctx)))
    if ctx.fr:
        txt = ('Le bon de commande %s a été émis pour le service de réadaptation :\n%s\n\nLivraison prévue semaine du %d avril '
               'au quai de réception. Centre de coûts 7420-NEURO.' % (po, '\n'.join(lines), r.randint(1, 28)))
        subj = 'Bon de commande %s - aides techniques' % po
    else:
        txt = ('PO %s was issued for rehabilitation services:\n%s\n\nDelivery expected week of April %d at the loading dock. '
               'Cost centre 7420-NEURO.' % (po, '\n'.join(lines), r.randint(1, 28)))
        subj = 'Purchase order %s - assistive devices' % po
    body = join(ctx.hello(mgr), txt, ctx.bye(), ctx.signature(buyer))
    return nspec(ctx, 'bon_commande' if ctx.fr else 'purchase_order', subj, ctx.addr(buyer), [ctx.addr(mgr)], body,
                 'purchase order with asset tags shaped like NAMs')


# --------------------------------------------------------------------------- N13 supplier recall
def n_recall(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    pharm = ctx.person(ctx.c('buyer', 'pharm', 'manager'), s)
    dev = ctx.c(('microcathéter NV-21', 'NV-21 microcatheter'), ('cathéter d\'aspiration AspiraFlow 71', 'AspiraFlow 71 aspiration catheter'),
                ('pompe à perfusion VolaPump 3', 'VolaPump 3 infusion pump'), ('électrodes EEG CleanTrace', 'CleanTrace EEG electrodes'))
    lots = ', '.join('%s%s' % (ctx.c('LOT ', 'L'), ctx.gen.digits(8)) for _ in range(r.randint(2, 5)))
    if ctx.fr:
        txt = ('Le fabricant rappelle volontairement le %s, lots %s (risque de séparation de l\'embout distal). '
               'Veuillez retirer immédiatement ces lots de vos inventaires (salle d\'angio, urgence, unité AVC) et les retourner '
               'à l\'approvisionnement. Tout incident doit être déclaré via le formulaire AH-223 habituel. '
               'Aucune action n\'est requise pour les dispositifs déjà utilisés.' % (dev[0], lots))
        subj = ctx.c('AVIS DE RAPPEL - %s' % dev[0], 'Rappel fournisseur - retrait de lots', 'Rappel Santé Canada classe II')
    else:
        txt = ('The manufacturer is voluntarily recalling the %s, lots %s (risk of distal tip separation). '
               'Please remove these lots from stock immediately (angio suite, ED, stroke unit) and return them to '
               'procurement. Report any incident on the usual AH-223 form. No action is needed for devices already used.'
               % (dev[1], lots))
        subj = ctx.c('RECALL NOTICE - %s' % dev[1], 'Supplier recall - lot withdrawal', 'Health Canada class II recall')
    to, _ = dl(ctx, s, 'gestionnaires')
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(pharm))
    return nspec(ctx, 'rappel_fournisseur' if ctx.fr else 'supplier_recall', subj, ctx.addr(pharm), [to], body,
                 'device recall notice with lot numbers', importance=True)


# --------------------------------------------------------------------------- N14 IT notice
def n_it(ctx):
    r = ctx.rng
    s = ctx.site()
    it = ctx.person('it', s)
    v = r.randint(0, 3)
    when = ctx.when()
    if ctx.fr:
        txt, subj = [
            ('Une interruption planifiée du dossier clinique informatisé aura lieu %s (durée prévue : 4 h). '
             'Les unités doivent passer en mode dégradé : formulaires papier pour les ordonnances, feuille de suivi '
             'neurologique (NIHSS, Glasgow) imprimée à l\'avance. Le PACS restera accessible.' % ctx.fdate(when.replace(hour=2)),
             'Arrêt planifié DCI'),
            ('Nous observons une campagne d\'hameçonnage ciblant le personnel : le courriel « Mise à jour de votre paie » '
             'vous demande vos identifiants. Ne cliquez pas. Signalez-le avec le bouton « Signaler » dans Outlook.',
             'ALERTE - hameçonnage'),
            ('Le poste de télé-AVC de l\'urgence sera remplacé %s. Le nouveau chariot (étiquette %s) est déjà configuré pour '
             'la vidéoconférence avec le neurologue de garde. Test requis avec l\'équipe AVC.' % (ctx.fdate(when), asset_tag(ctx)),
             'Remplacement chariot télé-AVC'),
            ('À compter du %s, les mots de passe devront comporter 14 caractères et l\'authentification multifacteur '
             'sera obligatoire pour l\'accès à distance au DCI.' % ctx.fdate(when, False), 'Nouvelle politique mots de passe'),
        ][v]
    else:
        txt, subj = [
            ('A planned EMR outage will take place %s (about 4 h). Units must switch to downtime procedures: paper order '
             'sets, pre-printed neuro observation sheets (NIHSS, GCS). PACS remains available.' % ctx.fdate(when.replace(hour=2)),
             'Planned EMR downtime'),
            ('We are seeing a phishing campaign targeting staff: the "Update your payroll" e-mail asks for your credentials. '
             'Do not click. Report it with the "Report" button in Outlook.', 'ALERT - phishing'),
            ('The ED telestroke cart will be replaced %s. The new cart (tag %s) is configured for video with the on-call '
             'neurologist. A test with the stroke team is required.' % (ctx.fdate(when), asset_tag(ctx)), 'Telestroke cart replacement'),
            ('Starting %s, passwords must be 14 characters and MFA will be mandatory for remote EMR access.'
             % ctx.fdate(when, False), 'New password policy'),
        ][v]
    body = join(ctx.hello(), txt, ctx.t('Soutien informatique : poste 4357', 'IT help desk: ext. 4357'), ctx.signature(it))
    return nspec(ctx, 'informatique' if ctx.fr else 'it_notice', subj, ctx.addr(it), [dl(ctx, s, 'tous')[0]], body,
                 'IT notice', force={'structure': ctx.c('html', 'alt', 'plain')})


# --------------------------------------------------------------------------- N15 facilities
def n_facilities(ctx):
    r = ctx.rng
    s = ctx.site()
    fac = ctx.gen.staff(ctx.lang)
    when = ctx.when()
    if ctx.fr:
        txt = ctx.c('L\'ascenseur %d sera hors service %s pour entretien. Les transports de patients sur civière doivent '
                    'utiliser l\'ascenseur de service B.' % (r.randint(1, 6), ctx.fdate(when)),
                    'Une coupure d\'eau est prévue au 4e étage (unité AVC et neurologie) %s, de 22 h à 2 h. '
                    'Des bouteilles d\'eau seront livrées au poste.' % ctx.fdate(when, False),
                    'Le stationnement P2 sera fermé pour réfection %s. Les employés doivent utiliser le P4; navette aux 15 min.'
                    % ctx.fdate(when, False))
        subj = ctx.c('Avis - travaux', 'Interruption de service - bâtiment', 'Info installations matérielles')
        sig = '%s %s\nServices techniques, %s\nPoste %d' % (fac['given'], fac['surname'], s['short'], r.randint(2000, 7999))
    else:
        txt = ctx.c('Elevator %d will be out of service %s for maintenance. Stretcher transports must use service elevator B.'
                    % (r.randint(1, 6), ctx.fdate(when)),
                    'A water shut-off is planned on the 4th floor (stroke unit and neurology) %s from 10 p.m. to 2 a.m. '
                    'Bottled water will be delivered to the nursing station.' % ctx.fdate(when, False),
                    'Parking lot P2 will be closed for resurfacing %s. Staff should use P4; shuttle every 15 min.'
                    % ctx.fdate(when, False))
        subj = ctx.c('Notice - construction', 'Building service interruption', 'Facilities update')
        sig = '%s %s\nTechnical services, %s\nExt. %d' % (fac['given'], fac['surname'], s['short'], r.randint(2000, 7999))
    body = join(ctx.hello(), txt, ctx.bye(), sig)
    return nspec(ctx, 'installations' if ctx.fr else 'facilities', subj,
                 ('%s %s' % (fac['given'], fac['surname']), 'services.techniques@' + s['dom']), [dl(ctx, s, 'tous')[0]],
                 body, 'facilities notice')


# --------------------------------------------------------------------------- N16 job posting
def n_job(ctx):
    r = ctx.rng
    s = ctx.site()
    hr = ctx.person('hr', s)
    job = ctx.c(('Orthophoniste', 'Speech-language pathologist', 'unité AVC et clinique de dysphagie'),
                ('Physiothérapeute', 'Physiotherapist', 'réadaptation neurologique'),
                ('Infirmière clinicienne / infirmier clinicien', 'Clinical nurse', 'unité AVC (thrombolyse, EVT)'),
                ('Technologue en électrophysiologie médicale', 'EEG technologist', 'laboratoire EEG / clinique d\'épilepsie'),
                ('Neurologue', 'Neurologist', 'clinique de SEP et neuro-immunologie'))
    num = '%s-%04d' % (ctx.c('AFF', 'INT', 'EXT'), r.randint(1, 9999))
    if ctx.fr:
        txt = ('Affichage %s\nTitre : %s\nSecteur : %s\nStatut : %s\n\nExigences : membre en règle de l\'ordre professionnel, '
               'expérience en neurologie un atout, certification NIHSS (pour les soins infirmiers).\n'
               'Échelle salariale selon la convention collective.\nPostuler avant le %d avril via le portail carrières.'
               % (num, job[0], job[2], ctx.c('permanent temps complet', 'temps partiel 7/14', 'remplacement 1 an'), r.randint(1, 30)))
        subj = 'Affichage de poste - %s (%s)' % (job[0], num)
    else:
        txt = ('Posting %s\nTitle: %s\nArea: %s\nStatus: %s\n\nRequirements: member in good standing of the professional order, '
               'neurology experience an asset, NIHSS certification (nursing).\nSalary per collective agreement.\n'
               'Apply by April %d on the careers portal.' % (num, job[1], job[2], ctx.c('permanent full time', 'part time 7/14', '1-year replacement'),
                                                             r.randint(1, 30)))
        subj = 'Job posting - %s (%s)' % (job[1], num)
    body = join(ctx.hello(), txt, ctx.signature(hr))
    return nspec(ctx, 'affichage_poste' if ctx.fr else 'job_posting', subj, ctx.addr(hr), [dl(ctx, s, 'affichages')[0]], body,
                 'internal job posting', force={'structure': ctx.c('html', 'alt')})


# --------------------------------------------------------------------------- N17 committee notice
def n_committee(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    coord = ctx.person('coord', s)
    chief = ctx.person('chief', s)
    when = ctx.when()
    if ctx.fr:
        agenda = ['Adoption de l\'ordre du jour', 'Adoption du procès-verbal du %d %s' % (r.randint(1, 28), ctx.c('janvier', 'février')),
                  'Indicateurs : délai porte-aiguille (médiane %d min) et porte-ponction' % r.randint(28, 55),
                  'Passage de l\'altéplase à la ténectéplase : bilan après 6 mois',
                  'Dépistage de la dysphagie : audit et plan d\'action',
                  'Corridors de transfert EVT avec les centres régionaux', 'Varia']
        txt = ('Vous êtes convoqués à la rencontre du comité du programme AVC %s, salle %s (Teams disponible).\n\n'
               'Ordre du jour :\n%s\n\nPrésidence : %s' % (ctx.fdate(when), ctx.c('B-2210', 'du conseil', '4.115'),
                                                           '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)), ctx.dname(chief)))
        subj = ctx.c('Convocation - comité programme AVC', 'Comité AVC - ordre du jour', 'Rencontre comité qualité AVC')
    else:
        agenda = ['Approval of agenda', 'Minutes of the last meeting', 'Indicators: door-to-needle (median %d min) and door-to-puncture' % r.randint(28, 55),
                  'Switch from alteplase to tenecteplase: 6-month review', 'Dysphagia screening: audit and action plan',
                  'EVT transfer corridors with regional centres', 'Other business']
        txt = ('You are invited to the stroke program committee meeting %s, room %s (Teams available).\n\nAgenda:\n%s\n\nChair: %s'
               % (ctx.fdate(when), ctx.c('B-2210', 'Board room', '4.115'), '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)),
                  ctx.dname(chief)))
        subj = ctx.c('Notice - stroke program committee', 'Stroke committee - agenda', 'Stroke quality committee meeting')
    atts = []
    if r.random() < 0.35:
        atts.append(dict(kind='ics', filename='comite.ics', invite=True,
                         data=A.make_ics('comite-%d@%s' % (r.randint(1, 9999), s['dom']), when, when + datetime.timedelta(hours=1),
                                         subj, location='B-2210', organizer=(ctx.dname(coord), coord['email']))))
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(coord))
    return nspec(ctx, 'comite' if ctx.fr else 'committee_notice', subj, ctx.addr(coord), [dl(ctx, s, 'comite.avc')[0]], body,
                 'committee notice and agenda', attachments=atts)


# --------------------------------------------------------------------------- N18 drug shortage
def n_shortage(ctx):
    r = ctx.rng
    s = ctx.site('hub')
    ph = ctx.person('pharm', s)
    drug = ctx.c(('lévétiracétam injectable 500 mg/5 mL', 'levetiracetam injection 500 mg/5 mL',
                  'utiliser le lacosamide IV ou la fosphénytoïne selon l\'algorithme d\'état de mal',
                  'use IV lacosamide or fosphenytoin per the status epilepticus algorithm'),
                 ('ténectéplase 50 mg', 'tenecteplase 50 mg', 'utiliser le format 25 mg (2 fioles au besoin) ou l\'altéplase selon le protocole',
                  'use the 25 mg vial (2 vials if needed) or alteplase per protocol'),
                 ('nimodipine 30 mg', 'nimodipine 30 mg', 'préparation magistrale disponible en pharmacie',
                  'compounded suspension available from pharmacy'),
                 ('baclofène 10 mg', 'baclofen 10 mg', 'servir 2 x 5 mg', 'dispense 2 x 5 mg'))
    weeks = r.randint(2, 10)
    if ctx.fr:
        txt = ('Avis de pénurie : %s. Durée estimée : %d semaines. Conduite : %s. Les ordonnances actives seront ajustées par '
               'la pharmacie; aucune action requise de la part des prescripteurs sauf avis contraire.' % (drug[0], weeks, drug[2]))
        subj = ctx.c('Pénurie - %s' % drug[0], 'Avis de pénurie de médicament', 'Rupture d\'approvisionnement')
    else:
        txt = ('Shortage notice: %s. Expected duration: %d weeks. Management: %s. Active orders will be adjusted by pharmacy; '
               'no prescriber action required unless notified.' % (drug[1], weeks, drug[3]))
        subj = ctx.c('Shortage - %s' % drug[1], 'Drug shortage notice', 'Supply disruption')
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(ph))
    return nspec(ctx, 'penurie' if ctx.fr else 'drug_shortage', subj, ctx.addr(ph), [dl(ctx, s, 'prescripteurs')[0]], body,
                 'drug shortage notice')


# --------------------------------------------------------------------------- N24 equipment inventory
def n_equipment(ctx):
    r = ctx.rng
    s = ctx.site('rehab')
    a = ctx.person(ctx.c('ot', 'pt'), s)
    mgr = ctx.person('manager', s)
    hdr = [ctx.t('Équipement', 'Equipment'), ctx.t('Étiquette', 'Tag'), ctx.t('N° série', 'Serial'), ctx.t('Statut', 'Status'),
           ctx.t('Prêté à (service)', 'Loaned to (unit)')]
    eq = (['Fauteuil roulant', 'Marchette', 'Canne quadripode', 'Lève-personne', 'Orthèse de repos (taille M)']
          if ctx.fr else ['Wheelchair', 'Walker', 'Quad cane', 'Patient lift', 'Resting hand splint (M)'])
    units = ['URFI 2e', 'Unité AVC', 'Externe', 'Entrepôt'] if ctx.fr else ['IRF 2nd', 'Stroke unit', 'Outpatient', 'Storage']
    rows = [hdr]
    for _ in range(r.randint(6, 14)):
        rows.append([r.choice(eq), asset_tag(ctx), ctx.c(luhn9(ctx), ctx.gen.digits(11), 'SN-' + ctx.gen.digits(6)),
                     ctx.c(*(['disponible', 'prêté', 'en réparation'] if ctx.fr else ['available', 'on loan', 'in repair'])), r.choice(units)])
    x = A.make_xlsx([(ctx.t('Inventaire', 'Inventory'), rows)], author=ctx.dname(a))
    body = join(ctx.hello(mgr), ctx.t('Voici l\'inventaire des aides techniques à jour. Il manque 2 fauteuils depuis le déménagement.',
                                      'Here is the updated assistive equipment inventory. Two wheelchairs are missing since the move.'),
                ctx.signature(a))
    return nspec(ctx, 'inventaire_equipement' if ctx.fr else 'equipment_inventory', ctx.t('Inventaire aides techniques', 'Equipment inventory'),
                 ctx.addr(a), [ctx.addr(mgr)], body, 'equipment inventory with asset tags and serials',
                 attachments=[dict(kind='xlsx', filename=ctx.t('inventaire_AT.xlsx', 'equipment_inventory.xlsx'), data=x)])


NEG_A = [n_oncall, n_leave, n_employee_health, n_payroll, n_invoice, n_purchase_order, n_recall, n_it, n_facilities,
         n_job, n_committee, n_shortage, n_equipment]
